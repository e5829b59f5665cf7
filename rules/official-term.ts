import { appliesInYear, fileYear } from '../src/document-date.js';
import { defineRule } from '../src/engine/rule.js';
import { substitutionHandlers } from '../src/engine/substitutions.js';
import { orderedSetFinder } from '../src/ordered-sets.js';

export default defineRule({
  meta: {
    id: 'official-term',
    title: '规范表述',
    category: 'term',
    description: '党和国家文件中的固定表述要写对、写全、按规范顺序：“习近平新时代中国特色社会主义思想”“四个自信”“四个意识”等。',
    docs: [
      '两个词典：',
      '',
      '- `dictionaries/official-terms.yml`：固定表述的错误写法（错字、漏字、换字）和已经更新的旧提法，',
      '  如“中国特色社会注意思想”→“中国特色社会主义思想”，“三个自信”→“四个自信”（2016年起），',
      '  “打黑除恶”→“扫黑除恶”（2018年起）。每条注明出处（党的代表大会报告、党章、中央文件、讲话）。',
      '- `dictionaries/official-sets.yml`：有固定顺序的并列表述。“四个自信”是道路自信、理论自信、制度自信、文化自信，',
      '  “四个意识”是政治意识、大局意识、核心意识、看齐意识；各项齐全地连续列出而顺序不同时报告，',
      '  自动按规范顺序重排（顿号、逗号、“和”的位置不变）。',
      '',
      '提法有起止年份（`validFrom`/`validUntil`）。文档的年份取配置 `settings.documentDate`；',
      '未配置时取文中出现的最晚年份（“2023年”“二〇二三年”均可；“到2035年”这类目标年份、尚未到来的年份不算；',
      '有年份出现两次以上时，只出现一次的年份也不算，如1984年的报告提到一次“1997年”）；都没有时按当前年份。',
      '所以2015年文件中的“三个自信”、2017年文件中的“打黑除恶”不报。',
      '换了说法但旧说法在某些语境仍可用的条目（`certain: false`）只给建议。',
    ].join('\n'),
    severity: 'error',
    fixable: 'safe',
    needs: ['tokens'],
    dictionaries: ['official-terms', 'official-sets'],
    messages: {
      term: '“{{actual}}”不是规范表述，应为“{{expected}}”',
      uncertain: '“{{actual}}”疑为不规范表述，请确认是否应为“{{expected}}”',
      order: '“{{name}}”的顺序不对，应为“{{expected}}”',
    },
    examples: {
      valid: [
        '2023年，我始终坚持以习近平新时代中国特色社会主义思想为指导，坚决拥护“两个确立”，做到“两个维护”。',
        '增强“四个意识”、坚定“四个自信”、做到“两个维护”。',
        '坚定道路自信、理论自信、制度自信、文化自信。',
        '认真落实“一岗双责”，坚持“三会一课”“第一议题”和主题党日制度，推进全面从严治党。',
        { text: '2014年，我们要坚定道路自信、理论自信、制度自信，坚定“三个自信”。', markdown: false },
        '增强政治意识、大局意识，树立看齐意识。',
      ],
      invalid: [
        {
          text: '2023年，我始终坚持以习近平新时代中国特色社会注意思想为指导。',
          output: '2023年，我始终坚持以习近平新时代中国特色社会主义思想为指导。',
          errors: [{ messageId: 'term', actual: '中国特色社会注意思想' }],
        },
        {
          text: '2022年，全体党员进一步坚定道路自信、制度自信、理论自信和文化自信。',
          output: '2022年，全体党员进一步坚定道路自信、理论自信、制度自信和文化自信。',
          errors: [{ messageId: 'order', actual: '道路自信、制度自信、理论自信和文化自信' }],
        },
        {
          text: '牢固树立政治意识、核心意识、大局意识、看齐意识。',
          output: '牢固树立政治意识、大局意识、核心意识、看齐意识。',
          errors: [{ messageId: 'order' }],
        },
        {
          text: '2019年，我们要坚定“三个自信”，协调推进“四个全面”总体布局。',
          output: '2019年，我们要坚定“四个自信”，协调推进“四个全面”战略布局。',
          errors: [
            { messageId: 'term', actual: '三个自信' },
            { messageId: 'term', actual: '四个全面”总体布局' },
          ],
        },
        {
          text: '坚决做到“两个坚决维护”。',
          errors: [{ messageId: 'uncertain', actual: '两个坚决维护', suggestions: ['坚决做到“两个维护”。'] }],
        },
        {
          text: '牢固树立“四个自觉”。',
          errors: [{ messageId: 'uncertain', actual: '四个自觉', suggestions: ['牢固树立“四个自信”。', '牢固树立“四个意识”。'] }],
        },
        {
          text: '坚定“三个自信”，深入开展打黑除恶专项斗争。',
          settings: { documentDate: '2019-06-30' },
          output: '坚定“四个自信”，深入开展扫黑除恶专项斗争。',
          errors: [
            { messageId: 'term', actual: '三个自信' },
            { messageId: 'term', actual: '打黑除恶' },
          ],
        },
      ],
    },
  },
  create(context) {
    const year = fileYear(context.settings, context.fileText);
    const terms = substitutionHandlers(context, 'official-terms', { certain: 'term', uncertain: 'uncertain' });
    const sets = context
      .words('official-sets')
      .entries.filter((entry) => appliesInYear(entry, year))
      .map((entry) => ({ name: entry.word, items: (entry.items as string[]).map(String) }));
    const findMisordered = orderedSetFinder(sets);
    return {
      block(block) {
        terms.block!(block);
        for (const list of findMisordered(block.text)) {
          context.report({ block, range: [list.start, list.end], messageId: 'order', data: { name: list.set.name }, fix: { text: list.reordered } });
        }
      },
    };
  },
});
