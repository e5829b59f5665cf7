import { defineRule } from '../src/engine/rule.js';
import { numberRanges, type NumberRange } from '../src/numbers.js';
import type { Block } from '../src/types.js';

interface Options {
  /** 'consistent': the mark the document uses most for each kind of range; or one mark everywhere. */
  prefer: 'consistent' | '～' | '—';
}

const STANDARD_MARKS = '～—';
/** GB/T 15834-2011 4.13.3: 一字线 for spans of time, 浪纹线 for quantities. */
const DEFAULT_MARK = { time: '—', value: '～' } as const;

export default defineRule<Options>({
  meta: {
    id: 'range-mark',
    title: '数值范围的连接号',
    category: 'number',
    description: '数值范围用浪纹线“～”或一字线“—”，不用半角连字符“-”或“~”；同一文件中同类范围的写法一致。',
    docs: [
      'GB/T 15835-2011 5.1.3：表示数值的范围时，可使用浪纹式连接号“～”或一字线连接号“—”（示例 -36～-8℃、400—429页）。',
      'GB/T 15834-2011 4.13.3：标示时间、地域等的起止一般用一字线（2021—2025年），标示数值范围一般用浪纹线（10～20）。',
      '报告：数字之间的“-”“~”“－”，建议改为文中同类范围最常用的“～”或“—”（文中没有时按 4.13.3）；',
      '同一文件里同类（时间、数值）范围既用“～”又用“—”时，少数的一方改为多数的一方（票数相同不报）。',
      '标准编号（GB/T 9704-2012）、日期（2023-12-01）、电话号码不算范围。',
      '选项 prefer：consistent（默认，按文中多数）、“～”或“—”（所有范围统一用这一个）。',
    ].join('\n'),
    severity: 'warn',
    fixable: 'safe',
    options: { prefer: 'consistent' },
    optionValues: { prefer: ['consistent', '～', '—'] },
    messages: {
      hyphen: '数值范围不用“{{actual}}”，应为“{{expected}}”',
      inconsistent: '本文{{kind}}范围多用“{{expected}}”（{{count}} 处），此处为“{{actual}}”，应统一',
      configured: '按配置，范围的连接号用“{{expected}}”，此处为“{{actual}}”',
      suggestMark: '改为“{{expected}}”',
    },
    examples: {
      valid: [
        '“十四五”时期（2021—2025年），年均增长5%～6%。',
        '依据GB/T 9704-2012排版，2023-12-01起施行，咨询电话0871-6512345。',
        '气温10～20℃，湿度40%～60%。',
      ],
      invalid: [
        {
          text: '年均增长5%-6%。',
          errors: [{ messageId: 'hyphen', actual: '-', suggestions: ['年均增长5%～6%。'] }],
        },
        {
          text: '气温10～20℃，湿度40%—60%，风力3～4级。',
          output: '气温10～20℃，湿度40%～60%，风力3～4级。',
          errors: [{ messageId: 'inconsistent', actual: '—' }],
        },
        {
          text: '湿度40%—60%。',
          options: { prefer: '～' },
          output: '湿度40%～60%。',
          errors: [{ messageId: 'configured', actual: '—' }],
        },
      ],
    },
  },
  create(context) {
    const found: Array<{ block: Block; range: NumberRange }> = [];
    return {
      block(block) {
        for (const range of numberRanges(block.text)) found.push({ block, range });
      },
      documentEnd() {
        const chosen = (kind: 'time' | 'value'): { mark: string; count: number } | undefined => {
          if (context.options.prefer !== 'consistent') return { mark: context.options.prefer, count: 0 };
          const counts = [...STANDARD_MARKS].map((mark) => ({
            mark,
            count: found.filter(({ range }) => range.mark === mark && kindOf(range) === kind).length,
          }));
          if (counts[0].count === counts[1].count) return counts[0].count === 0 ? { mark: DEFAULT_MARK[kind], count: 0 } : undefined;
          return counts[0].count > counts[1].count ? counts[0] : counts[1];
        };
        const choice = { time: chosen('time'), value: chosen('value') };
        for (const { block, range } of found) {
          const kind = kindOf(range);
          const preferred = choice[kind]?.mark ?? DEFAULT_MARK[kind];
          const at: [number, number] = [range.markStart, range.markStart + 1];
          if (!STANDARD_MARKS.includes(range.mark)) {
            context.report({
              block,
              range: at,
              messageId: 'hyphen',
              data: { expected: preferred },
              suggest: [{ text: preferred, messageId: 'suggestMark' }],
            });
          } else if (choice[kind] && range.mark !== preferred) {
            context.report({
              block,
              range: at,
              messageId: context.options.prefer === 'consistent' ? 'inconsistent' : 'configured',
              data: { kind: kind === 'time' ? '时间' : '数值', count: choice[kind]!.count },
              fix: { text: preferred },
            });
          }
        }
      },
    };
  },
});

function kindOf(range: NumberRange): 'time' | 'value' {
  return range.isTime ? 'time' : 'value';
}
