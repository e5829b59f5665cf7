import type { SubstitutionEntry } from './types.js';

export interface Match<E> {
  entry: E;
  start: number;
  end: number;
}

/**
 * Finds dictionary words in text: leftmost-longest, non-overlapping, skipping occurrences
 * that sit inside one of the entry's `allows` contexts. Compiled once per dictionary.
 */
export class WordMatcher<E extends { allows: string[] }> {
  // Keyed by UTF-16 code unit: a number lookup per character, no one-character strings (a hot loop).
  private readonly byFirstUnit = new Map<number, Array<{ word: string; entry: E }>>();
  // Most characters start no word: a flag per code unit answers them without the Map. Only
  // for a whole dictionary: loading checks each entry's examples with a matcher of its own.
  private readonly startsWord?: Uint8Array;

  constructor(items: Iterable<{ word: string; entry: E }>) {
    const all = [...items];
    if (all.length > 16) this.startsWord = new Uint8Array(0x10000);
    for (const item of all) {
      if (!item.word) continue;
      const list = this.byFirstUnit.get(item.word.charCodeAt(0)) ?? [];
      list.push(item);
      this.byFirstUnit.set(item.word.charCodeAt(0), list);
      if (this.startsWord) this.startsWord[item.word.charCodeAt(0)] = 1;
    }
    for (const list of this.byFirstUnit.values()) list.sort((a, b) => b.word.length - a.word.length);
  }

  findAll(text: string): Array<Match<E>> {
    const matches: Array<Match<E>> = [];
    for (let i = 0; i < text.length; i++) {
      if (this.startsWord && !this.startsWord[text.charCodeAt(i)]) continue;
      const candidates = this.byFirstUnit.get(text.charCodeAt(i));
      if (!candidates) continue;
      for (const { word, entry } of candidates) {
        if (!text.startsWith(word, i) || isAllowedContext(text, i, word, entry.allows)) continue;
        matches.push({ entry, start: i, end: i + word.length });
        i += word.length - 1;
        break;
      }
    }
    return matches;
  }
}

/** True when the word at `start` is part of an occurrence of one of the `allows` contexts. */
export function isAllowedContext(text: string, start: number, word: string, allows: readonly string[]): boolean {
  for (const context of allows) {
    for (let k = context.indexOf(word); k >= 0; k = context.indexOf(word, k + 1)) {
      if (start - k >= 0 && text.startsWith(context, start - k)) return true;
    }
  }
  return false;
}

export function substitutionMatcher(entries: readonly SubstitutionEntry[]): WordMatcher<SubstitutionEntry> {
  return new WordMatcher(entries.map((entry) => ({ word: entry.wrong, entry })));
}
