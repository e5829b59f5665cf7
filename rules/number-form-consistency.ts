import { defineRule } from '../src/engine/rule.js';
import { HAN_DIGIT_VALUES, HAN_NUMBER_CHARS } from '../src/numbers.js';
import type { Block } from '../src/types.js';

type Form = 'arabic' | 'han';

interface Options {
  /** 'consistent': the form the document uses most for each kind (ties: Arabic); or one form. */
  prefer: 'consistent' | Form;
}

/** Kinds of quantity whose two written forms are compared, each with both patterns. */
const KINDS: Array<{ name: string; arabic: RegExp; han: RegExp }> = [
  {
    name: '年份',
    arabic: /(?<![\d.])[12]\d{3}(?=年)/g,
    han: new RegExp(`(?<![${HAN_NUMBER_CHARS}○])[一二][〇零○一二三四五六七八九]{3}(?=年)`, 'g'),
  },
  {
    name: '百分数',
    arabic: /(?<!\d)\d+(?:\.\d+)?[%％]/g, // from a number's first digit only: linear on long digit runs
    // 「百分之百」 and 「百分之几」 are set phrases and estimates, written in Han numerals (GB/T 15835 4.2).
    han: /百分之(?!百|几)[零〇一二三四五六七八九十百点]+/g,
  },
];
const FORM_NAMES: Record<Form, string> = { arabic: '阿拉伯数字', han: '汉字数字' };

/** Whether an offset lies inside 《…》 (a title is quoted as written). */
/**
 * Whether an offset of the text is inside a title 《…》 (the last of 《 and 》 before it is 《).
 * One pass per block, made on the first question: a scan back per number was quadratic.
 */
function titleChecker(text: string): (index: number) => boolean {
  let inside: Uint8Array | undefined;
  return (index) => {
    if (!inside) {
      inside = new Uint8Array(text.length + 1);
      let open = 0;
      for (let i = 0; i < text.length; i++) {
        inside[i] = open;
        if (text[i] === '《') open = 1;
        else if (text[i] === '》') open = 0;
      }
      inside[text.length] = open;
    }
    return inside[index] === 1;
  };
}

export default defineRule<Options>({
  meta: {
    id: 'number-form-consistency',
    title: '同类数字形式统一',
    category: 'number',
    description: '同一文件中同类数字（年份、百分数）不混用阿拉伯数字和汉字数字（2023年与二〇二三年）。',
    docs: [
      'GB/T 15835-2011 4.3：在同一场合出现的数字，应遵循“同类别同形式”原则来选择数字的书写形式；',
      '4.1：公历年份、计量（含百分数）一般用阿拉伯数字。GB/T 9704-2012 7.3.5.2：成文日期用阿拉伯数字将年、月、日标全。',
      '比较两类：年份（2023年 / 二〇二三年）和百分数（12% / 百分之十二）；“百分之百”“百分之几”和书名号内的文字不计。',
      '选项 prefer：consistent（默认，按文中多数，票数相同时以阿拉伯数字为准）、arabic 或 han（所有同类数字都用这一种）。',
      '20 世纪 50—80 年代的文件通篇用汉字数字，属当时的规范，所以本规则只在 strict 预设中。汉字年份改写为阿拉伯数字作为建议给出。',
    ].join('\n'),
    severity: 'warn',
    fixable: 'suggest',
    options: { prefer: 'consistent' },
    optionValues: { prefer: ['consistent', 'arabic', 'han'] },
    messages: {
      mixed: '本文{{kind}}多用{{majority}}（{{count}} 处），“{{actual}}”用了{{form}}，应统一',
      configured: '按配置{{kind}}用{{majority}}，“{{actual}}”用了{{form}}',
    },
    examples: {
      valid: [
        '2022年增长3%，2023年增长5.2%。',
        '一九五七年增长百分之十，一九五八年增长百分之十九。',
        '学习《二〇二三年工作要点》，2023年完成率100%。',
        '2023年完成百分之百。',
      ],
      invalid: [
        {
          text: '2022年增长3%，2023年增长5.2%。\n二〇二四年预期增长百分之五左右。',
          errors: [
            { messageId: 'mixed', actual: '二〇二四', suggestions: ['2022年增长3%，2023年增长5.2%。\n2024年预期增长百分之五左右。'] },
            { messageId: 'mixed', actual: '百分之五' },
          ],
        },
        {
          text: '2023年工作回顾',
          options: { prefer: 'han' },
          errors: [{ messageId: 'configured', actual: '2023' }],
        },
      ],
    },
  },
  create(context) {
    const found = KINDS.map(() => ({ arabic: [] as Array<[Block, number, string]>, han: [] as Array<[Block, number, string]> }));
    return {
      block(block) {
        const inTitle = titleChecker(block.text);
        KINDS.forEach((kind, k) => {
          for (const form of ['arabic', 'han'] as const) {
            for (const match of block.text.matchAll(kind[form])) {
              if (!inTitle(match.index)) found[k][form].push([block, match.index, match[0]]);
            }
          }
        });
      },
      documentEnd() {
        KINDS.forEach((kind, k) => {
          const { arabic, han } = found[k];
          const { prefer } = context.options;
          if (prefer === 'consistent' && (arabic.length === 0 || han.length === 0)) return;
          const majority: Form = prefer !== 'consistent' ? prefer : han.length > arabic.length ? 'han' : 'arabic';
          const minority: Form = majority === 'arabic' ? 'han' : 'arabic';
          for (const [block, index, written] of found[k][minority]) {
            const asArabic = kind.name === '年份' && minority === 'han' ? [...written].map((c) => HAN_DIGIT_VALUES[c]).join('') : undefined;
            context.report({
              block,
              range: [index, index + written.length],
              messageId: prefer === 'consistent' ? 'mixed' : 'configured',
              data: { kind: kind.name, majority: FORM_NAMES[majority], form: FORM_NAMES[minority], count: found[k][majority].length },
              suggest: asArabic ? [{ text: asArabic, desc: `改为“${asArabic}”` }] : undefined,
            });
          }
        });
      },
    };
  },
});
