import { defineRule } from '../src/engine/rule.js';
import { cachedMatcher } from '../src/engine/substitutions.js';
import { DEFAULT_WEIGHTS, findCorrections } from '../src/model/detect.js';

const DICTIONARIES = ['typos', 'fixed-phrases', 'official-terms'] as const;

export default defineRule({
  meta: {
    id: 'likely-typo',
    title: '疑似错字（语言模型）',
    category: 'word',
    description: '词典以外的错字：按语言模型，某个字换成音近或形近字后句子通顺得多时，提示正确写法。',
    docs: [
      '错别字词典（`typo`）只能发现收录过的错误。本规则用随软件发布的校对模型（`models/typo-lm.bin`，由 `npm run build:model` 从法律法规语料生成）推测词典以外的错字：',
      '',
      '1. 只看“可疑”的字：它与前字或后字组成的二字组合在语料中从未出现，或经过它的三字组合全都从未出现；',
      '2. 把它换成同音、近音（pinyin-pro：z/zh、n/l、an/ang 等）或形近的字（pycorrector 的混淆集；Unicode 汉字数据库 Unihan 的',
      '   四角号码相同、仓颉码差一码、同一声旁系列），或把两个字一起换成同音的常用词（“淡味”→“单位”、“神迹”→“审计”），',
      '   用 5 元字语言模型（Kneser–Ney 平滑）比较换字前后句子的概率；',
      '3. 得分 = 概率提高的对数 − 该类混淆的先验代价（从真实错字学得）+ 词表特征（换后成词、成成语，原字已在词中则减分）；',
      '   得分超过阈值才报告。默认阈值 8 按“干净文本每万字误报不超过 0.5 处”选定（实测见 README“校对模型”一节）。',
      '',
      '从不标出：《》中的书名、人名地名、数字、拉丁字母、同一文档中出现三次以上的写法、用户 `allow` 的词语和用户词典中的词；',
      '错别字词典已收录的错误由 `typo`、`fixed-phrase` 报告，本规则不重复。只给建议，不自动修改。',
      '选项 `threshold`：得分阈值，越低查得越多、误报也越多（strict 预设用较低的阈值）。',
    ].join('\n'),
    severity: 'warn',
    fixable: 'suggest',
    needs: ['model'],
    options: { threshold: 8 },
    dictionaries: [...DICTIONARIES],
    messages: {
      candidate: '“{{actual}}”疑为错字，可能应为“{{expected}}”',
      suggestCandidate: '改为“{{expected}}”',
    },
    examples: {
      valid: [
        '贯彻新时代党的组织路线，坚持新时代好干部标准。',
        '全市上下一鼓作气，推动各项工作落地见效。',
        '呼伦贝尔市海拉尔区健康街道松山社区党委组织开展主题党日活动。',
        '认真学习《中华人民共和国监察法》，以文塑旅、以旅彰文。',
      ],
      invalid: [
        {
          text: '研究开展应急管里信用体系建设。',
          errors: [{ messageId: 'candidate', actual: '管里', suggestions: ['研究开展应急管理信用体系建设。'] }],
        },
        {
          text: '进一步完善工作机治。',
          errors: [{ messageId: 'candidate', actual: '机治', suggestions: ['进一步完善工作机制。'] }],
        },
      ],
    },
  },
  create(context) {
    const model = context.model();
    const threshold = Number(context.options.threshold);
    const dictionaries = DICTIONARIES.map((kind) => context.substitutions(kind).entries);
    const matchers = dictionaries.map((entries) => cachedMatcher(entries));
    // The dictionaries' right forms are words of the user's domain: never corrected.
    const knownWords = new Set(dictionaries.flat().flatMap((entry) => entry.right).filter((word) => word.length >= 2));
    const longest = Math.max(0, ...[...knownWords].map((word) => word.length));
    /** Whether a known word of the dictionaries, or an error they list, overlaps text[start, end). */
    const coveredByDictionary = (text: string, start: number, end: number) => {
      for (let from = Math.max(0, start - longest + 1); from < end; from++) {
        for (let to = Math.max(from + 2, start + 1); to <= Math.min(text.length, from + longest); to++) if (knownWords.has(text.slice(from, to))) return true;
      }
      return matchers.some((matcher) => matcher.findAll(text).some((m) => m.start < end && start < m.end));
    };
    return {
      block(block) {
        for (const correction of findCorrections(model, block.text, context.fileText, DEFAULT_WEIGHTS, threshold)) {
          if (coveredByDictionary(block.text, correction.start, correction.end)) continue;
          context.report({
            block,
            range: [correction.start, correction.end],
            messageId: 'candidate',
            data: { expected: correction.replacement },
            suggest: [{ text: correction.replacement, messageId: 'suggestCandidate' }],
          });
        }
      },
    };
  },
});
