/** Character classes shared by the source builders and rules. */

/** CJK unified ideographs (basic, extension A, compatibility) and 〇. */
export const HAN = '\\u3007\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF';
const hanChar = new RegExp(`^[${HAN}]$`);
const cjkPunctuation = /^[\u3000-\u303F\uFF00-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65\u2014\u2018\u2019\u201C\u201D\u2026\u00B7]$/;

export function isHan(char: string | undefined): boolean {
  return char !== undefined && hanChar.test(char);
}

const anyHan = new RegExp(`[${HAN}]`);

/** Whether a text holds at least one Han character. */
export function hasHan(text: string): boolean {
  return anyHan.test(text);
}

/** Han or full-width punctuation: text where a line break carries no space. */
export function isCjk(char: string | undefined): boolean {
  return char !== undefined && (hanChar.test(char) || cjkPunctuation.test(char));
}

/**
 * URLs and e-mail addresses: never proofread. The look-behind lets an e-mail match start only
 * where a run of its characters starts: tried at every digit of a long number, the pattern took
 * quadratic time (200,000 digits: 42 s); a later start in the same run could never match anyway.
 */
export const URL_PATTERN =
  /\b(?:(?:https?|ftp):\/\/|www\.)[^\s\u3000-\u303F\uFF00-\uFFEF\u201C\u201D\u2018\u2019<>"]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
