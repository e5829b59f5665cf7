/**
 * 公文 structure numbers (GB/T 9704-2012 7.3.3): 「一、」→「（一）」→「1.」→「（1）」, recognised
 * at the start of a block — a Markdown heading, a paragraph (a plain-text line, run-in headings
 * such as 「（一）组织推动有力有效。坚持…」 included) or an ordered list item ("1." marker).
 */
import { hanNumberValue, hanOrdinal } from './numbers.js';
import type { Block } from './types.js';

export type HeadingLevel = 1 | 2 | 3 | 4;

/** Names of the levels, for messages. */
export const LEVEL_NAMES = ['', '第一层“一、”', '第二层“（一）”', '第三层“1.”', '第四层“（1）”'];

export interface HeadingMarker {
  level: HeadingLevel;
  value: number;
  /** Block-text range of the marker (「一、」「（一）」「1.」); empty for a Markdown list marker. */
  start: number;
  end: number;
  /** The number as written (一, 12, ３). */
  number: string;
  /** Block-text range of the number. */
  numberStart: number;
  /** The mark after an unbracketed number as written (、 . ． ， …); '' for bracketed ones. */
  mark: string;
  /** The marker as written, for messages (Markdown list items: their "1."). */
  written: string;
}

const HAN_ORDINAL = '[一二三四五六七八九十]{1,3}';
/** 「一、」 and the marks written in its place (「一，」「一．」「一.」「一：」). */
const LEVEL_1 = new RegExp(`^(\\s*)(${HAN_ORDINAL})([、，,．.：:])`);
const LEVEL_2 = new RegExp(`^(\\s*)[（(](${HAN_ORDINAL})[）)]`);
/** 「1.」 and the marks written in its place (「1、」「1．」「1，」); not a decimal (「2.5」). */
const LEVEL_3 = /^(\s*)(\d{1,2}|[０-９]{1,2})([.．、，])(?![\d０-９])/;
const LEVEL_4 = /^(\s*)[（(](\d{1,2}|[０-９]{1,2})[）)]/;
/**
 * What follows 「一、」 when it is a list of numbers, not a heading: 「一、二季度」「三、四月份」
 * 「一、二线城市」「五、六十年代」「一、二、三产业」 (but 「一、三年来的斗争」 is a heading).
 */
const HAN_NUMBERS_LIST = /^[一二三四五六七八九十](?:[、季月线产类级等期批号]|十)/;
/** After 「1、」: a digit means a list of numbers (「1、2月」). */
const DIGIT_FOLLOWS = /^[\d０-９]/;

/** The level of each written form of a structure number, for messages. */
export function markerText(level: HeadingLevel, value: number): string {
  switch (level) {
    case 1:
      return `${hanOrdinal(value)}、`;
    case 2:
      return `（${hanOrdinal(value)}）`;
    case 3:
      return `${value}.`;
    case 4:
      return `（${value}）`;
  }
}

function arabicValue(written: string): number {
  return Number(written.normalize('NFKC'));
}

/** The structure number a block starts with, if any. */
export function headingMarker(block: Block): HeadingMarker | undefined {
  const list = block.kind === 'listItem' && block.listMarker ? /^(\d{1,2})[.)]$/.exec(block.listMarker) : null;
  if (list) {
    const value = Number(list[1]);
    return { level: 3, value, start: 0, end: 0, number: list[1], numberStart: 0, mark: '', written: block.listMarker! };
  }
  const text = block.text;
  const patterns: Array<[HeadingLevel, RegExp, (n: string) => number | undefined]> = [
    [2, LEVEL_2, hanNumberValue],
    [4, LEVEL_4, arabicValue],
    [1, LEVEL_1, hanNumberValue],
    [3, LEVEL_3, arabicValue],
  ];
  for (const [level, pattern, valueOf] of patterns) {
    const match = pattern.exec(text);
    if (!match) continue;
    const [whole, indent, number, mark = ''] = match;
    const value = valueOf(number);
    if (value === undefined || value < 1) return undefined;
    const end = whole.length;
    if (level === 1 && HAN_NUMBERS_LIST.test(text.slice(end))) return undefined;
    if (level === 3 && DIGIT_FOLLOWS.test(text.slice(end))) return undefined;
    if (end >= text.trimEnd().length && mark && mark !== '、' && mark !== '.') return undefined; // 「一，」 alone on a line
    return { level, value, start: indent.length, end, number, numberStart: indent.length + (level % 2 === 0 ? 1 : 0), mark, written: whole.slice(indent.length) };
  }
  return undefined;
}

export interface OutlineEntry {
  block: Block;
  marker: HeadingMarker;
  /** The nearest open marker of a shallower level. */
  parent?: HeadingMarker;
  /** A numbering problem, with the number expected in its place. */
  problem?: { kind: 'notFirst' | 'gap' | 'duplicate'; expected: number; previous?: number };
}

/**
 * The document's structure numbers in order, each with its parent and its numbering problem.
 * Deeper levels restart under each new item of a shallower one. A new enumeration may start at 1
 * anywhere (a list inside a section), except right after a lone 1 (「（一）…（一）」) outside
 * Markdown lists (「1. 1. 1.」 is numbered by the renderer); a number that continues an enumeration
 * left open earlier closes the ones opened since (old texts nest 「一、」 lists inside 「一、」 lists).
 */
export function outline(blocks: readonly Block[]): OutlineEntry[] {
  const open: number[][] = [[], [], [], [], []];
  const latest: Array<HeadingMarker | undefined> = [];
  const entries: OutlineEntry[] = [];
  for (const block of blocks) {
    if (block.kind === 'tableCell' || block.quoted) continue; // quotations and tables number on their own
    const marker = headingMarker(block);
    if (!marker) continue;
    const { level, value } = marker;
    for (let deeper = level + 1; deeper <= 4; deeper++) open[deeper] = [];
    const parentLevel = [1, 2, 3].filter((d) => d < level && open[d].length > 0).pop();
    const entry: OutlineEntry = { block, marker, parent: parentLevel === undefined ? undefined : latest[parentLevel] };
    const enumerations = open[level];
    const top = enumerations[enumerations.length - 1];
    const continued = enumerations.map((last) => last + 1).lastIndexOf(value);
    if (value === 1 && (top !== 1 || marker.end === marker.start)) {
      enumerations.push(1);
    } else if (continued >= 0) {
      enumerations.splice(continued + 1);
      enumerations[continued] = value;
    } else if (top === undefined) {
      entry.problem = { kind: 'notFirst', expected: 1 };
      enumerations.push(value);
    } else {
      entry.problem = value === top ? { kind: 'duplicate', expected: top + 1 } : { kind: 'gap', expected: top + 1, previous: top };
      enumerations[enumerations.length - 1] = value;
    }
    latest[level] = marker;
    entries.push(entry);
  }
  return entries;
}
