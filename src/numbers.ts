/**
 * Numbers as written in Chinese text (GB/T 15835-2011 出版物上数字用法): Han numerals, their
 * values, and the patterns shared by the number and structure rules.
 */

/** Han digits 〇–九 with the zero forms met in practice (〇 U+3007, 零, ○ U+25CB). */
export const HAN_DIGIT_VALUES: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, '○': 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Characters of a Han cardinal (一百零五, 三千二百万). */
export const HAN_NUMBER_CHARS = '〇零一二三四五六七八九十百千万亿两';

/** An Arabic number with an optional fraction: 12, 3.5, 1,000. */
export const ARABIC_NUMBER = '\\d+(?:,\\d{3})*(?:\\.\\d+)?';

/**
 * The value of a Han cardinal up to 九千九百九十九 (一, 十, 十二, 二十, 一百零五), or undefined
 * for text that is not one.
 */
export function hanNumberValue(text: string): number | undefined {
  if (!text) return undefined;
  let total = 0;
  let digit: number | undefined;
  const units: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
  let lastUnit = Infinity;
  for (const char of text) {
    if (char in HAN_DIGIT_VALUES) {
      if (digit !== undefined && digit !== 0) return undefined; // 二三: two digits in a row
      digit = HAN_DIGIT_VALUES[char];
    } else if (char in units) {
      const unit = units[char];
      if (unit >= lastUnit) return undefined;
      total += (digit ?? 1) * unit;
      digit = undefined;
      lastUnit = unit;
    } else {
      return undefined;
    }
  }
  return total + (digit ?? 0);
}

/** 1 → 一, 12 → 十二, 21 → 二十一 (ordinals of headings, up to 99). */
export function hanOrdinal(value: number): string {
  const digits = '〇一二三四五六七八九';
  if (value < 10) return digits[value];
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  return `${tens === 1 ? '' : digits[tens]}十${ones ? digits[ones] : ''}`;
}

/** Full-width digits and Latin letters to half-width (１２３ → 123, ＡＢＣ → ABC). */
export function toHalfWidth(text: string): string {
  return text.replace(/[０-９Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

export interface NumberRange {
  start: number;
  end: number;
  first: string;
  /** What follows the first number: %, ‰, 万, 亿 or ''. */
  firstSuffix: string;
  mark: string;
  markStart: number;
  second: string;
  secondSuffix: string;
  /** A span of time (years, months, days: 2021—2025年, 3—5月) rather than a quantity. */
  isTime: boolean;
}

const RANGE_SUFFIX = '(%|‰|万亿|万|亿)?';
/**
 * Two numbers joined by a range mark (10～20, 10—20%, 2021-2025年). A number never starts with
 * 0 and has at most four integer digits, so phone numbers (0871-6512345) do not match; dates
 * (2023-12-01) and standard numbers (GB/T 9704-2012) are left out by the caller's context check.
 */
const NUMBER_RANGE = new RegExp(
  `(?<![\\d.,\\-/~～—－])([1-9]\\d{0,3}(?:\\.\\d+)?|0\\.\\d+)${RANGE_SUFFIX}([～~—－-])([1-9]\\d{0,3}(?:\\.\\d+)?|0\\.\\d+)${RANGE_SUFFIX}(?![\\d.\\-~～—－])`,
  'g',
);

/** Numeric ranges of a text, leaving out standard numbers (GB/T 9704-2012) and dates. */
export function numberRanges(text: string): NumberRange[] {
  const ranges: NumberRange[] = [];
  for (const match of text.matchAll(NUMBER_RANGE)) {
    const [whole, first, firstSuffix = '', mark, second, secondSuffix = ''] = match;
    const start = match.index;
    if (/(?<![A-Za-z])[A-Za-z][A-Za-z/]*\s*$/.test(text.slice(Math.max(0, start - 12), start))) continue; // GB/T 9704-2012, ISO 9001
    const end = start + whole.length;
    const after = text.slice(end, end + 2);
    ranges.push({
      start,
      end,
      first,
      firstSuffix,
      mark,
      markStart: start + first.length + firstSuffix.length,
      second,
      secondSuffix,
      isTime: !firstSuffix && !secondSuffix && /^(?:年|月|日|时|个?季度|世纪)/.test(after),
    });
  }
  return ranges;
}
