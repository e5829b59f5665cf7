/**
 * Punctuation marks of GB/T 15834-2011 (标点符号用法) as character sets, shared by the
 * punctuation rules. Han and CJK classes live in `source/text-kinds.ts`.
 */

/** Paired marks (标号) by opener: 引号 4.8, 括号 4.9, 书名号 4.15 (and 「」『』 quotes). */
export const PAIRS: Readonly<Record<string, string>> = {
  '“': '”',
  '‘': '’',
  '「': '」',
  '『': '』',
  '《': '》',
  '〈': '〉',
  '（': '）',
  '【': '】',
  '〔': '〕',
  '［': '］',
  '｛': '｝',
};

/** Closer → opener. */
export const OPENER_OF: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(PAIRS).map(([o, c]) => [c, o]));

/** Quotation marks: a multi-paragraph quotation opens each paragraph and closes only the last (4.8.3). */
export const QUOTE_OPENERS = '“‘「『';

/** 句末点号 (4.1–4.3). */
export const SENTENCE_END_MARKS = '。？！';

/** 句内点号 (4.4–4.7). */
export const CLAUSE_MARKS = '，、；：';

/** The closing halves of the paired marks: ” 」 ） 》 … */
export const CLOSING_MARKS = Object.values(PAIRS).join('');

/** Han numerals used as 序次语 (一、二、 … 十二、). */
export const HAN_NUMERALS = '一二三四五六七八九十';

export function isAsciiAlnum(char: string | undefined): boolean {
  return char !== undefined && /^[A-Za-z0-9]$/.test(char);
}

export function isDigit(char: string | undefined): boolean {
  return char !== undefined && /^[0-9０-９]$/.test(char);
}

/** A mark quoted on its own (「省略号为“……”」「单个“—”」): it is mentioned, not used. */
export function isQuotedAlone(text: string, start: number, end: number): boolean {
  const opener = text[start - 1];
  return opener !== undefined && PAIRS[opener] !== undefined && PAIRS[opener] === text[end];
}
