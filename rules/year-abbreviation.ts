import { documentYear } from '../src/document-date.js';
import { defineRule } from '../src/engine/rule.js';
import type { Block } from '../src/types.js';

/**
 * A two-digit year that can only be a year: followed by a month (「23年3月」) or by 「底」
 * (「98年底」). 「23年来」「23年3个月」 are durations and do not match.
 */
const SHORT_YEAR = /(?<![\d.,０-９\-/'’])(\d{2})年(?=\d{1,2}月|底)/g;

/** The four-digit year closest before `reference + 10` ending in the two digits. */
function fullYear(twoDigits: number, reference: number): number {
  let year = Math.floor(reference / 100) * 100 + twoDigits;
  if (year > reference + 10) year -= 100;
  return year;
}

export default defineRule({
  meta: {
    id: 'year-abbreviation',
    title: '年份简写',
    category: 'number',
    description: '四位数字的年份不简写为两位数字（23年3月 → 2023年3月）。',
    docs: [
      'GB/T 15835-2011 5.1.4：年份不应简写，示例“1990年”不写为“90年”。',
      '只在两位数字后面紧跟月份（23年3月）或“底”（98年底）时报告，这时它只能是年份；',
      '「23年来」「历时23年3个月」是时长，不报。补全的世纪取自 settings.documentDate，未配置时取文中提到的最近年份，',
      '再没有则取当前年份；补全只作为建议，由作者确认。',
    ].join('\n'),
    severity: 'error',
    fixable: 'suggest',
    messages: {
      shortYear: '年份“{{actual}}”简写为两位数字，应写全，如“{{expected}}”',
    },
    examples: {
      valid: ['23年来，我们始终坚持以经济建设为中心。', '工程历时23年3个月建成。', '2023年3月，召开全市经济工作会议。'],
      invalid: [
        {
          text: '23年3月，召开全市经济工作会议。',
          errors: [{ messageId: 'shortYear', actual: '23年', suggestions: ['2023年3月，召开全市经济工作会议。'] }],
        },
        {
          text: '截至98年底，累计建成住房1200套。',
          errors: [{ messageId: 'shortYear', actual: '98年', suggestions: ['截至1998年底，累计建成住房1200套。'] }],
        },
        {
          text: '2003年3月至05年6月，分两批完成改制。',
          settings: { documentDate: '2006-01-01' },
          errors: [{ messageId: 'shortYear', actual: '05年', suggestions: ['2003年3月至2005年6月，分两批完成改制。'] }],
        },
      ],
    },
  },
  create(context) {
    const found: Array<{ block: Block; index: number; digits: string }> = [];
    return {
      block(block) {
        for (const match of block.text.matchAll(SHORT_YEAR)) found.push({ block, index: match.index, digits: match[1] });
      },
      documentEnd(blocks) {
        if (found.length === 0) return;
        const reference = documentYear(context.settings, blocks.map((b) => b.text)) ?? new Date().getFullYear();
        for (const { block, index, digits } of found) {
          const year = `${fullYear(Number(digits), reference)}年`;
          context.report({
            block,
            range: [index, index + 3],
            messageId: 'shortYear',
            data: { expected: year },
            suggest: [{ text: year, desc: `改为“${year}”` }],
          });
        }
      },
    };
  },
});
