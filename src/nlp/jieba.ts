import type { Token } from '../types.js';
import { loadSegmentationModel, segmenterAddon, type SegmenterAddon } from './segmentation-model.js';

let segmenter: SegmenterAddon | undefined;
let tagNames: string[] = [];

/**
 * The only place segmentation is loaded. Our binding (native/, built at install) runs
 * cppjieba's algorithm over nodejieba's dictionary and HMM model, compiled into one file that
 * loads in milliseconds, plus our user dictionary: the same segmentation as `nodejieba.tag`,
 * without building a JS object per word. It is loaded on demand, never at start-up, once per
 * process: worker threads share the model.
 */
function instance(): SegmenterAddon {
  if (!segmenter) {
    const addon = segmenterAddon();
    if (!addon.loaded()) loadSegmentationModel(addon);
    tagNames = addon.tags();
    segmenter = addon;
  }
  return segmenter;
}

/** Loads the model now (a few milliseconds), e.g. before timing or forking work. */
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
    tokens[t] = { word: text.slice(start, end), tag: tagNames[triples[i + 2]], start, end };
  }
  return tokens;
}

export function isLoaded(): boolean {
  return segmenter !== undefined;
}
