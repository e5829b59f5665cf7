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
