import { createRequire } from 'node:module';
import path from 'node:path';
import type { Token } from '../types.js';
import { packageRoot } from '../package-root.js';

interface NodeJieba {
  load(options: { dict?: string; hmmDict?: string; userDict?: string; idfDict?: string; stopWordDict?: string }): boolean;
  tag(text: string): Array<{ word: string; tag: string }>;
}

let jieba: NodeJieba | undefined;

/**
 * The only place nodejieba is touched. It is required on first use, never at start-up, and
 * loaded once per process (per worker thread) with the segmentation dictionaries only: the
 * keyword-extraction IDF and stop-word lists are replaced by one-line files, since no rule
 * extracts keywords.
 */
function instance(): NodeJieba {
  if (!jieba) {
    const require = createRequire(import.meta.url);
    const loaded = require('nodejieba') as NodeJieba;
    const data = path.join(packageRoot(), 'dictionaries', 'segmentation');
    loaded.load({
      userDict: path.join(data, 'user.dict.utf8'),
      idfDict: path.join(data, 'idf.utf8'),
      stopWordDict: path.join(data, 'stop_words.utf8'),
    });
    jieba = loaded;
  }
  return jieba;
}

/** Segments text into words with POS tags and their offsets in `text`. */
export function tag(text: string): Token[] {
  if (!text) return [];
  const tokens: Token[] = [];
  let position = 0;
  for (const { word, tag } of instance().tag(text)) {
    let start = text.startsWith(word, position) ? position : text.indexOf(word, position);
    if (start < 0) start = position; // jieba normalised something; keep offsets monotonic
    const end = Math.min(start + word.length, text.length);
    tokens.push({ word, tag, start, end });
    position = end;
  }
  return tokens;
}

export function isLoaded(): boolean {
  return jieba !== undefined;
}
