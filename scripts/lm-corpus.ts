import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { packageRoot } from '../src/package-root.js';

/** ../shared beside the clone: the training corpus, confusion sets and dev data. */
export const sharedDir = () => path.join(packageRoot(), '..', 'shared');

/** Every HELD_OUT-th document of the laws is kept out of training, to count false alarms on. */
const HELD_OUT = 20;

/**
 * The laws corpus split by document (documents are separated by a blank line): training text
 * and held-out documents, the same on every run.
 */
export function lawDocuments(file = path.join(sharedDir(), 'lm-corpus', 'laws.txt.br')): { train: string; heldOut: string[] } {
  const documents = brotliDecompressSync(readFileSync(file)).toString('utf8').split(/\n\s*\n/);
  const train: string[] = [];
  const heldOut: string[] = [];
  documents.forEach((document, i) => {
    // Front-matter residue (ASCII-only lines) is no text.
    const text = document
      .split('\n')
      .filter((line) => /[^\x00-\x7f]/.test(line))
      .join('\n');
    (i % HELD_OUT === HELD_OUT - 1 ? heldOut : train).push(text);
  });
  return { train: train.join('\n'), heldOut };
}
