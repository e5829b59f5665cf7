import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Token } from '../types.js';
import { packageRoot } from '../package-root.js';
import { UserError } from '../errors.js';
import { jiebaDataFile } from './jieba-data.js';

/** native/segmenter.cc: cppjieba's MixSegment, loaded once, tags as [start, end, tagId] triples. */
interface Segmenter {
  /** Starts building the model on a background thread; tag() waits for it. */
  load(dictPath: string, hmmPath: string, userDictPath: string): void;
  tag(text: string): Uint32Array;
  tags(): string[];
}

let segmenter: Segmenter | undefined;
let tagNames: string[] = [];

/**
 * The only place segmentation is loaded. Our binding (native/, built at install) runs
 * nodejieba's cppjieba with nodejieba's dictionary and HMM model plus our user dictionary, the
 * same segmentation as `nodejieba.tag`, but loads the trie once instead of twice and never
 * builds a JS object per word. It is loaded on demand, never at start-up, once per process:
 * worker threads share the model.
 */
function instance(): Segmenter {
  if (!segmenter) {
    const root = packageRoot();
    const files = [
      jiebaDataFile('jieba.dict.utf8'),
      jiebaDataFile('hmm_model.utf8'),
      path.join(root, 'dictionaries', 'segmentation', 'user.dict.utf8'),
    ] as const;
    // cppjieba aborts the process on a missing file; say which one instead.
    const missing = files.find((file) => !existsSync(file));
    if (missing) throw new UserError('INSTALL_BROKEN', `分词词典缺失（${missing}），请重新安装 gongwen-lint`);
    const addon = path.join(root, 'build', 'Release', 'segmenter.node');
    if (!existsSync(addon)) throw new UserError('INSTALL_BROKEN', `分词模块未编译（${addon}），请在 gongwen-lint 目录运行 npm install`);
    const loaded = createRequire(import.meta.url)(addon) as Segmenter;
    loaded.load(...files);
    segmenter = loaded;
  }
  return segmenter;
}

/** Starts building the model in the background, so it is ready (or nearly) when first needed. */
export function startSegmenter(): void {
  instance();
}

/** Segments text into words with POS tags and their UTF-16 offsets in `text`. */
export function tag(text: string): Token[] {
  if (!text) return [];
  const triples = instance().tag(text);
  const tokens: Token[] = new Array(triples.length / 3);
  for (let i = 0, t = 0; i < triples.length; i += 3, t++) {
    const start = triples[i];
    const end = triples[i + 1];
    const id = triples[i + 2];
    if (id >= tagNames.length) tagNames = segmenter!.tags();
    tokens[t] = { word: text.slice(start, end), tag: tagNames[id], start, end };
  }
  return tokens;
}

export function isLoaded(): boolean {
  return segmenter !== undefined;
}
