import { readFileSync } from 'node:fs';
import { jiebaDataFile } from './jieba-data.js';


/** Below this frequency a word of jieba's dictionary is too rare to be a confident correction. */
const MIN_FREQUENCY = 1000;
const HAN_WORD = /^[\u4e00-\u9fff]{2,4}$/;

export interface Lexicon {
  /** Frequent words with one character masked → the words, e.g. 时? → 时代, 时间 …. */
  withOneMasked(word: string, position: number): ReadonlyArray<{ word: string; frequency: number }>;
}

type MaskIndex = Map<string, Array<{ word: string; frequency: number }>>;

/** jieba's frequent words, indexed once per process. */
let jiebaIndex: MaskIndex | undefined;
/** Lexicons by their extra words: a configuration (LSP, folders) may change them. */
const lexicons = new Map<string, Lexicon>();
const MAX_LEXICONS = 8;

/**
 * The frequent words of jieba's dictionary (2–4 Han characters, frequency ≥ 1000: about 5,000)
 * plus `extraWords` (official terms of the configuration in use), indexed by "word with one
 * character masked". jieba's part is built once per process on first use by scanning the 5 MB
 * file (about 0.3 s); the extra words are indexed per distinct list.
 */
export function frequentWords(extraWords: Iterable<string>): Lexicon {
  const extra = [...new Set(extraWords)].filter((word) => HAN_WORD.test(word));
  const key = extra.join('\n');
  let lexicon = lexicons.get(key);
  if (!lexicon) {
    const base = (jiebaIndex ??= readJiebaIndex());
    const own: MaskIndex = new Map();
    for (const word of extra) addMasked(own, word, Number.MAX_SAFE_INTEGER);
    lexicon = {
      withOneMasked: (word, position) => {
        const mask = maskKey(word, position);
        const mine = own.get(mask);
        const theirs = base.get(mask) ?? [];
        return mine ? [...theirs, ...mine] : theirs;
      },
    };
    if (lexicons.size >= MAX_LEXICONS) lexicons.delete(lexicons.keys().next().value!);
    lexicons.set(key, lexicon);
  }
  return lexicon;
}

function readJiebaIndex(): MaskIndex {
  const index: MaskIndex = new Map();
  for (const line of readFileSync(jiebaDataFile('jieba.dict.utf8'), 'utf8').split('\n')) {
    const [word, count] = line.split(' ');
    const frequency = Number(count);
    if (frequency >= MIN_FREQUENCY && HAN_WORD.test(word)) addMasked(index, word, frequency);
  }
  return index;
}

function addMasked(index: MaskIndex, word: string, frequency: number): void {
  for (let i = 0; i < word.length; i++) {
    const key = maskKey(word, i);
    const list = index.get(key);
    if (list) list.push({ word, frequency });
    else index.set(key, [{ word, frequency }]);
  }
}

function maskKey(word: string, position: number): string {
  return `${word.slice(0, position)}?${word.slice(position + 1)}`;
}
