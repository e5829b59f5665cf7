import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SOURCE_NAMES } from '../src/model/format.js';
import type { ProofreadingModel } from '../src/model/model.js';
import { sharedDir } from './lm-corpus.js';

/** One labelled sentence of csc-dev: as written and corrected (same length). */
export interface Pair {
  written: string;
  corrected: string;
}

export function readPairs(name: string): Pair[] {
  return readFileSync(path.join(sharedDir(), 'csc-dev', name), 'utf8')
    .split('\n')
    .map((line) => line.split('\t'))
    .filter((cells) => cells.length >= 3 && cells[1].length === cells[2].length)
    .map(([, written, corrected]) => ({ written, corrected }));
}

/**
 * The prior of each confusion source: −log P(the right character is this candidate | it is
 * one of the candidates the source offers for a wrong character), from the real errors of
 * `pairs` (Laplace-smoothed). A source whose candidates are often right costs little.
 */
export function learnPriors(model: ProofreadingModel, pairs: readonly Pair[] = defaultPairs()): number[] {
  const offered = SOURCE_NAMES.map(() => 1);
  const right = SOURCE_NAMES.map(() => 0.1);
  for (const { written, corrected } of pairs) {
    for (let i = 0; i < written.length; i++) {
      if (written[i] === corrected[i]) continue;
      const truth = model.id(corrected[i]);
      model.forEachConfusable(model.id(written[i]), (other, sources) => {
        SOURCE_NAMES.forEach((_, bit) => {
          if (!(sources & (1 << bit))) return;
          offered[bit]++;
          if (other === truth) right[bit]++;
        });
      });
    }
  }
  return SOURCE_NAMES.map((_, bit) => -Math.log(right[bit] / offered[bit]));
}

const defaultPairs = () => ['odw.train.tsv', 'law.train.tsv', 'med.train.tsv'].flatMap(readPairs);
