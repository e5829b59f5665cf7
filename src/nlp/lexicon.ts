import { readFileSync } from 'node:fs';
import { jiebaDataFile } from './jieba-data.js';


/** Below this frequency a word of jieba's dictionary is too rare to be a confident correction. */
const MIN_FREQUENCY = 1000;
const HAN_WORD = /^[\u4e00-\u9fff]{2,4}$/;

export interface Lexicon {
  /** Frequent words with one character masked → the words, e.g. 时? → 时代, 时间 …. */
  withOneMasked(word: string, position: number): ReadonlyArray<{ word: string; frequency: number }>;
}

let lexicon: Lexicon | undefined;

/**
 * The frequent words of jieba's dictionary (2–4 Han characters, frequency ≥ 1000: about 5,000)
 * plus `extraWords` (official terms), indexed by "word with one character masked"; built once
 * per process on first use by scanning the 5 MB file (about 0.3 s).
 */
export function frequentWords(extraWords: Iterable<string>): Lexicon {
  if (!lexicon) {
    const index = new Map<string, Array<{ word: string; frequency: number }>>();
    const add = (word: string, frequency: number) => {
      for (let i = 0; i < word.length; i++) {
        const key = maskKey(word, i);
        const list = index.get(key);
        if (list) list.push({ word, frequency });
        else index.set(key, [{ word, frequency }]);
      }
    };
    for (const line of readFileSync(jiebaDataFile('jieba.dict.utf8'), 'utf8').split('\n')) {
      const [word, count] = line.split(' ');
      const frequency = Number(count);
      if (frequency >= MIN_FREQUENCY && HAN_WORD.test(word)) add(word, frequency);
    }
    for (const word of new Set(extraWords)) if (HAN_WORD.test(word)) add(word, Number.MAX_SAFE_INTEGER);
    lexicon = { withOneMasked: (word, position) => index.get(maskKey(word, position)) ?? [] };
  }
  return lexicon;
}

function maskKey(word: string, position: number): string {
  return `${word.slice(0, position)}?${word.slice(position + 1)}`;
}
