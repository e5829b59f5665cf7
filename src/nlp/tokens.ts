import type { Token } from '../types.js';

/** jieba's tag for words found by its HMM, i.e. in no dictionary (新时/x 达党/x). */
export const UNKNOWN_TAG = 'x';

/**
 * True when a dictionary word of two or more characters straddles `start` or `end`: the span
 * is then better read as parts of real words (「成功坚持」 holds no 「功坚」, 「按排名」 no 「按排」).
 */
export function crossesDictionaryWord(tokens: readonly Token[], start: number, end: number): boolean {
  return tokens.some(
    (token) =>
      token.tag !== UNKNOWN_TAG &&
      token.end - token.start >= 2 &&
      ((token.start < start && token.end > start) || (token.start < end && token.end > end)),
  );
}

/**
 * True when the span's first or last character forms a dictionary word with the text just
 * outside it: 「推进行业」 is 推进|行业 and 「争取得到」 争取|得到, not the merges 推进行, 争取得.
 */
export function edgeJoinsOutside(tokens: readonly Token[], start: number, end: number): boolean {
  return tokens.some(
    (token) =>
      token.tag !== UNKNOWN_TAG &&
      token.end - token.start >= 2 &&
      ((token.start === end - 1 && token.end > end) || (token.end === start + 1 && token.start < start)),
  );
}
