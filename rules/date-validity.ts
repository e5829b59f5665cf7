import { defineRule } from '../src/engine/rule.js';
import { HAN_DIGIT_VALUES, hanNumberValue } from '../src/numbers.js';

const HAN_DIGIT = '〇零○一二三四五六七八九';
const HAN_SMALL = '一二三四五六七八九十';
/**
 * A date in Arabic or Han numerals, the year optional, with an optional weekday in brackets:
 * 2023年12月1日（星期五）, 二〇二三年十二月一日, 2月30日.
 */
const DATE = new RegExp(
  [
    `(?<![\\d.${HAN_DIGIT}十])`,
    `(?:(?<year>\\d{4}|[${HAN_DIGIT}]{4})年)?`,
    `(?<month>\\d{1,2}|[${HAN_SMALL}]{1,2})月`,
    `(?:(?<day>\\d{1,2}|[${HAN_SMALL}]{1,3})[日号])?`,
    `(?<weekday>[（(](?:星期|周|礼拜)(?<weekdayName>[一二三四五六日天])[）)])?`,
  ].join(''),
  'g',
);
const WEEKDAYS = '日一二三四五六';

function valueOf(written: string): number | undefined {
  if (/^\d+$/.test(written)) return Number(written);
  if (written.length === 4) return Number([...written].map((c) => HAN_DIGIT_VALUES[c]).join(''));
  return hanNumberValue(written);
}

function daysIn(month: number, year: number | undefined): number {
  if (month === 2) return year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export default defineRule({
  meta: {
    id: 'date-validity',
    title: '日期有误',
    category: 'number',
    description: '不存在的日期（2月30日、13月、非闰年的2月29日），以及与日期不符的星期（2023年12月1日（星期三））。',
    docs: [
      '公文的成文日期、会议时间必须准确（《党政机关公文处理工作条例》第九条：成文日期署会议通过或者发文机关负责人签发的日期；',
      'GB/T 9704-2012 7.3.5.2：成文日期用阿拉伯数字将年、月、日标全）。',
      '报告：月份大于12（有年或日时，如「2023年13月」「13月5日」）、日大于当月天数（有年份时按闰年规则判断2月29日）、',
      '写明年份的日期后括注的星期与实际不符。阿拉伯数字和汉字数字（二〇二三年十二月一日）都检查。',
      '星期的改正作为建议给出（也可能是日期写错了）；不存在的日期只报告。',
    ].join('\n'),
    severity: 'error',
    fixable: 'suggest',
    messages: {
      noSuchMonth: '“{{actual}}”不存在：一年只有12个月',
      noSuchDay: '“{{actual}}”不存在：{{month}}月只有{{days}}天',
      weekday: '{{date}}是星期{{expected}}，不是“{{actual}}”',
    },
    examples: {
      valid: [
        '2023年12月1日（星期五）召开全体会议。',
        '二〇二四年二月二十九日',
        '会议定于3月31日召开，会期至4月2日。',
        '1—12月，全市规模以上工业增加值增长5.1%。',
        '连续13个月保持增长。',
      ],
      invalid: [
        {
          text: '2023年12月1日（星期三）召开全体会议。',
          errors: [{ messageId: 'weekday', actual: '三', suggestions: ['2023年12月1日（星期五）召开全体会议。'] }],
        },
        {
          text: '申报截止时间为2月30日。',
          errors: [{ messageId: 'noSuchDay', actual: '2月30日' }],
        },
        {
          text: '二〇二三年二月二十九日',
          errors: [{ messageId: 'noSuchDay', actual: '二〇二三年二月二十九日' }],
        },
        {
          text: '2023年13月完成验收。',
          errors: [{ messageId: 'noSuchMonth', actual: '2023年13月' }],
        },
        {
          text: '4月31日前报送市政府办公室。',
          errors: [{ messageId: 'noSuchDay', actual: '4月31日' }],
        },
      ],
    },
  },
  create(context) {
    return {
      block(block) {
        for (const match of block.text.matchAll(DATE)) {
          const { year: yearText, month: monthText, day: dayText, weekday, weekdayName } = match.groups!;
          if (!yearText && !dayText) continue; // 「13月」 alone: too little to say it is a date
          const year = yearText ? valueOf(yearText) : undefined;
          const month = valueOf(monthText);
          const day = dayText ? valueOf(dayText) : undefined;
          if (month === undefined || (dayText && day === undefined)) continue;
          const dateEnd = match.index + match[0].length - (weekday?.length ?? 0);
          const dateRange: [number, number] = [match.index, dateEnd];
          if (month < 1 || month > 12) {
            const monthEnd = match.index + match[0].indexOf('月') + 1;
            context.report({ block, range: [match.index, monthEnd], messageId: 'noSuchMonth' });
            continue;
          }
          if (day !== undefined && (day < 1 || day > daysIn(month, year))) {
            context.report({ block, range: dateRange, messageId: 'noSuchDay', data: { month, days: daysIn(month, year) } });
            continue;
          }
          if (year === undefined || day === undefined || !weekday || !weekdayName) continue;
          const actual = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
          const written = weekdayName === '天' ? '日' : weekdayName;
          if (written === actual) continue;
          const at = dateEnd + weekday.indexOf(weekdayName);
          context.report({
            block,
            range: [at, at + 1],
            messageId: 'weekday',
            data: { date: block.text.slice(match.index, dateEnd), expected: actual },
            suggest: [{ text: actual, desc: `改为“${actual}”` }],
          });
        }
      },
    };
  },
});
