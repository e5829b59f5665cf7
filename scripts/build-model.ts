/**
 * Builds the proofreading model (`npm run build:model`): character n-grams of the laws corpus
 * (../shared/lm-corpus, minus the held-out documents), jieba's words and idioms, place and person
 * names, and the confusion sets (../shared/confusion, pinyin-pro, and Unihan from Debian's
 * `unicode-data`, see scripts/unihan.ts), into models/typo-lm.bin. Deterministic: same input,
 * same bytes.
 *
 *   node dist/scripts/build-model.js [--out models/typo-lm.bin] [--order 5]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildModel, buildVocab, setPriors } from '../src/model/build.js';
import { SOURCE, WORD } from '../src/model/format.js';
import { MODEL_FILE, modelFromBytes } from '../src/model/load.js';
import { jiebaDataFile } from '../src/nlp/jieba-data.js';
import { nearSyllables, readings } from '../src/nlp/pinyin.js';
import { lawDocuments, sharedDir } from './lm-corpus.js';
import { learnPriors } from './lm-priors.js';
import { unihanLookAlikes } from './unihan.js';

const { values: args } = parseArgs({
  options: { out: { type: 'string', default: MODEL_FILE() }, order: { type: 'string', default: '5' } },
});
const confusionDir = path.join(sharedDir(), 'confusion');
const lines = (name: string) =>
  readFileSync(path.join(confusionDir, name), 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'));

/** A → B pairs with the SOURCE bit of each file they come from. */
function confusionSets(commonChars: readonly string[], vocab: readonly string[]): Map<string, Map<string, number>> {
  const sets = new Map<string, Map<string, number>>();
  const add = (a: string, b: string, bit: number) => {
    if (a === b) return;
    let set = sets.get(a);
    if (!set) sets.set(a, (set = new Map()));
    set.set(b, (set.get(b) ?? 0) | bit);
  };
  for (const line of lines('same_pinyin.txt')) {
    const [char, sameTone = '', otherTone = ''] = line.split('\t');
    for (const other of sameTone) add(char, other, SOURCE.samePinyinSameTone);
    for (const other of otherTone) add(char, other, SOURCE.samePinyinOtherTone);
  }
  for (const line of lines('same_stroke.txt')) {
    const group = line.split('\t').filter((char) => char.length === 1);
    for (const a of group) for (const b of group) add(a, b, SOURCE.sameShape);
  }
  // Near pinyin (z/zh, n/l, an/ang …) among common characters, by pinyin-pro's readings.
  const bySyllable = new Map<string, string[]>();
  for (const char of commonChars) for (const syllable of readings(char)) bySyllable.set(syllable, [...(bySyllable.get(syllable) ?? []), char]);
  const syllables = [...bySyllable.keys()];
  for (const a of syllables) {
    for (const b of syllables) {
      if (!nearSyllables(a, b)) continue;
      for (const x of bySyllable.get(a)!) for (const y of bySyllable.get(b)!) add(x, y, SOURCE.nearPinyin);
    }
  }
  // Look-alikes of the Unicode Han Database among the characters the model knows.
  const unihan = unihanLookAlikes(vocab);
  for (const [relation, pairs] of Object.entries(unihan)) for (const [a, b] of pairs) add(a, b, SOURCE[relation as keyof typeof unihan]);
  return sets;
}

function words(): Array<{ word: string; frequency: number; flags: number }> {
  const byWord = new Map<string, { word: string; frequency: number; flags: number }>();
  const add = (word: string, frequency: number, flags: number) => {
    const entry = byWord.get(word);
    if (entry) {
      entry.flags |= flags;
      entry.frequency = Math.max(entry.frequency, frequency);
    } else byWord.set(word, { word, frequency, flags });
  };
  for (const line of readFileSync(jiebaDataFile('jieba.dict.utf8'), 'utf8').split('\n')) {
    const [word, count, tag] = line.split(' ');
    if (word && /^\p{Script=Han}{2,8}$/u.test(word)) add(word, Number(count), WORD.dictionary | (tag === 'i' ? WORD.idiom : 0));
  }
  for (const [file, flag] of [['place_name.txt', WORD.place], ['person_name.txt', WORD.person]] as const) {
    for (const line of lines(file)) {
      const [word, count] = line.split('\t');
      if (/^\p{Script=Han}{2,8}$/u.test(word)) add(word, Number(count), flag);
    }
  }
  return [...byWord.values()];
}

const started = Date.now();
const { train } = lawDocuments();
const commonChars = lines('common_char_set.txt').map((line) => line.trim()).filter((c) => c.length === 1);
let confusions: Map<string, Map<string, number>>;
try {
  confusions = confusionSets(commonChars, buildVocab(train, commonChars));
} catch (error) {
  // Unihan missing: one line saying what to install, no stack trace.
  console.error(`build:model：${(error as Error).message}`);
  process.exit(2);
}
const sources = {
  text: train,
  order: Number(args.order),
  minCounts: [1, 1, 1, 2, 3, 3],
  words: words(),
  confusions,
  extraChars: commonChars,
};
const model = buildModel(sources);
setPriors(model, learnPriors(modelFromBytes(model)));
mkdirSync(path.dirname(args.out!), { recursive: true });
writeFileSync(args.out!, model);
console.error(`${args.out}: ${(model.length / 1e6).toFixed(1)} MB in ${((Date.now() - started) / 1000).toFixed(1)} s`);
