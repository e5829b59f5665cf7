import { defineRule } from '../src/engine/rule.js';
import type { WordEntry } from '../src/dict/types.js';
import type { Token } from '../src/types.js';

/** An Arabic number (not part of a Latin or dotted code) directly before a Han character. */
const NUMBER_BEFORE_HAN = /(?<![A-Za-zＡ-Ｚａ-ｚ\d.\-－/])\d+(?:\.\d+)?(?=\p{Script=Han})/gu;
/**
 * First characters of words that, right after a number, are already a classifier, a unit, a
 * numeral or a time word (12个方面, 50余次, 10人次, 3亿元, 2023年度, 5倍) — unless the word
 * ends with a dictionary head (家庭, 队员, 部门, 公司).
 */
const COUNTED = new Set([...'个名项件次人户家所条篇期场份位批类种届级年月日号天时分秒周岁元角亿万千百十余多倍套台辆部座栋间张本册门支队组处层轮首幅块只头匹棵株亩吨斤克米里平立方度成折点遍回趟起宗笔段章节版页届寸尺倍']);
/** Tags of words that may sit between the number and the head noun (科级/n 领导/n 干部/n, 困难/an 党员/n, 村/zg). */
const MODIFIER_TAGS = new Set(['n', 'an', 'a', 'b', 'nz', 'nt', 'ns', 'nr', 'vn', 'ng', 'zg', 'j', 'l', 'x']);
/** jieba tags of numerals and classifiers (余次/m, 个/q). */
const COUNTING_TAGS = new Set(['m', 'q']);
/** A noun phrase longer than this is no longer «number + noun». */
const MAX_PHRASE_TOKENS = 4;

export default defineRule({
  meta: {
    id: 'measure-word',
    title: '量词缺失',
    category: 'word',
    description: '数字直接修饰需要量词的名词（选拔任用10科级领导干部），应补上量词（10名）。',
    docs: [
      '现代汉语里数词一般不能直接修饰名词，中间要用量词（《现代汉语八百词》“量词”；GB/T 15835—2011 对数字用法的示例均带量词）。',
      '本规则只查阿拉伯数字后紧跟名词短语、且短语中心词列在 `dictionaries/measure-words.yml` 中的情形，',
      '按词典补上量词：干部、党员 → 名；项目、问题 → 个；措施、制度 → 项；企业 → 家；学校 → 所 ……',
      '',
      '不报：数字后已有量词或单位（10人次、50余次、12个方面、10余件、3亿元、5%）、日期和年份（2023年）、',
      '序数（第10届）、编号（G20、5G）、汉字数词的固定说法（一线、一体推进、三会一课），以及习惯省略量词的地名（全省13市）。',
      '词典只给一个量词时自动修复，给几个时列为建议。',
    ].join('\n'),
    severity: 'error',
    fixable: 'safe',
    needs: ['tokens'],
    dictionaries: ['measure-words'],
    messages: {
      missing: '“{{actual}}”缺少量词，应为“{{expected}}”',
    },
    examples: {
      valid: [
        '严格按规范程序选拔任用10名科级领导干部，完成10人次职级晋升工作。',
        '组织开展支部主题党日50余次，办结信访件10余件。',
        '局党组班子成员围绕党中央明确的12个方面调研重点开展调研。',
        '2023年全市完成投资3亿元，同比增长5%，新增就业1.5万名。',
        '第10届职工运动会在全省13市设立分会场。',
        '深入基层一线，一体推进“三会一课”制度落实。',
      ],
      invalid: [
        {
          text: '严格按规范程序选拔任用10科级领导干部，完成10人次职级晋升工作。',
          output: '严格按规范程序选拔任用10名科级领导干部，完成10人次职级晋升工作。',
          errors: [{ messageId: 'missing', actual: '10科级领导干部' }],
        },
        {
          text: '培育20社会服务机构。',
          errors: [{ messageId: 'missing', actual: '20社会服务机构', suggestions: ['培育20家社会服务机构。', '培育20个社会服务机构。'] }],
        },
        {
          text: '全年走访帮扶120企业，新开工52重点项目。',
          output: '全年走访帮扶120家企业，新开工52个重点项目。',
          errors: [
            { messageId: 'missing', actual: '120企业' },
            { messageId: 'missing', actual: '52重点项目' },
          ],
        },
      ],
    },
  },
  create(context) {
    const classifierOf = headIndex(context.words('measure-words').entries);
    return {
      block(block) {
        for (const match of block.text.matchAll(NUMBER_BEFORE_HAN)) {
          const numberEnd = match.index + match[0].length;
          if (block.text[match.index - 1] === '第') continue;
          const head = headNoun(block.text, block.tokens, numberEnd, classifierOf);
          if (!head) continue;
          const [classifier, ...others] = head.classifiers;
          const range: [number, number] = [match.index, head.end];
          const corrected = (cls: string) => match[0] + cls + block.text.slice(numberEnd, head.end);
          const insert = (cls: string) => ({ range: [match.index, numberEnd] as [number, number], text: match[0] + cls });
          if (others.length === 0) {
            context.report({ block, range, messageId: 'missing', data: { expected: corrected(classifier) }, fix: insert(classifier) });
          } else {
            context.report({
              block,
              range,
              messageId: 'missing',
              data: { expected: head.classifiers.map(corrected).join('”或“') },
              suggest: head.classifiers.map((cls) => ({ ...insert(cls), desc: `补上量词“${cls}”` })),
            });
          }
        }
      },
    };
  },
});

/** Classifiers by head noun, from the dictionary (`classifier`: one or a list). */
function headIndex(entries: readonly WordEntry[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const entry of entries) {
    const classifiers = (Array.isArray(entry.classifier) ? entry.classifier : [entry.classifier]).map(String).filter(Boolean);
    if (classifiers.length > 0) index.set(entry.word, classifiers);
  }
  return index;
}

/** Classifiers of the dictionary head a word ends with (科级领导干部 → 干部 → 名). */
function classifiersOf(word: string, classifierOf: Map<string, string[]>): string[] | undefined {
  for (let k = 0; k < word.length; k++) {
    const classifiers = classifierOf.get(word.slice(k));
    if (classifiers) return classifiers;
  }
  return undefined;
}

/**
 * The noun phrase right after a number, up to its last dictionary head (8乡镇卫生院 → 卫生院),
 * or nothing when the number is already counted (10人次, 50余次, 3亿元) or no head follows.
 * Verbs may modify inside the phrase (14国家自主创新示范区), not open it.
 */
function headNoun(text: string, tokens: readonly Token[], start: number, classifierOf: Map<string, string[]>) {
  const first = tokens.findIndex((token) => token.start === start);
  if (first < 0) return undefined;
  // A listed head is never a classifier or unit itself, even when jieba tags it a numeral (百分点/m).
  const counted = (token: Token) => (COUNTING_TAGS.has(token.tag) || COUNTED.has(token.word[0])) && !classifiersOf(token.word, classifierOf);
  if (counted(tokens[first])) return undefined;
  let head: { end: number; classifiers: string[] } | undefined;
  for (let i = first; i < tokens.length && i < first + MAX_PHRASE_TOKENS; i++) {
    const token = tokens[i];
    if (i > first && token.start !== tokens[i - 1].end) break;
    // The head may span tokens (妇幼保健|院 → 保健院): look at the phrase so far.
    const classifiers = classifiersOf(text.slice(start, token.end), classifierOf);
    if (classifiers) head = { end: token.end, classifiers };
    else if (!MODIFIER_TAGS.has(token.tag) && !(i > first && token.tag === 'v')) break;
  }
  return head;
}
