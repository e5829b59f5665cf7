import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tag } from '../../src/nlp/jieba.js';
import { SHARED, describeWithShared } from '../helpers/paths.js';

const CORPUS = path.join(SHARED, 'corpus');

/** Tokens must tile the text: contiguous, in order, each word the text of its range. */
function expectTiles(text: string) {
  const tokens = tag(text);
  let position = 0;
  for (const token of tokens) {
    expect(token.start).toBe(position);
    expect(token.word).toBe(text.slice(token.start, token.end));
    position = token.end;
  }
  expect(position).toBe(text.length);
}

describe('segmentation (native/segmenter.cc)', () => {
  it('tags words with their UTF-16 ranges', () => {
    expect(tag('贯彻新时代党的组织路线')).toEqual([
      { word: '贯彻', tag: 'v', start: 0, end: 2 },
      { word: '新', tag: 'a', start: 2, end: 3 },
      { word: '时代', tag: 'n', start: 3, end: 5 },
      { word: '党', tag: 'n', start: 5, end: 6 },
      { word: '的', tag: 'uj', start: 6, end: 7 },
      { word: '组织路线', tag: 'n', start: 7, end: 11 },
    ]);
    expect(tag('')).toEqual([]);
  });

  it('keeps exact ranges around astral characters, lone surrogates, NBSP, CR and mixed scripts', () => {
    for (const text of ['会议😀精神𠀀学习', '\uD800围绕\uDC00中心', '（一）\u00A0组织推动', '第一\r\n第二', 'GB/T 15834-2011 规定，Ａ级ｂ类']) {
      expectTiles(text);
    }
  });
});

describeWithShared('corpus', 'segmentation compared with nodejieba', () => {
  // The binding must segment exactly as nodejieba does, since rules and their tests were tuned
  // on nodejieba's output. nodejieba is loaded here only to compare.
  it('gives the same words and tags as nodejieba.tag on the corpus', () => {
    const nodejieba = createRequire(import.meta.url)('nodejieba') as {
      load(options: { userDict: string }): void;
      tag(text: string): Array<{ word: string; tag: string }>;
    };
    nodejieba.load({ userDict: path.resolve(import.meta.dirname, '../../dictionaries/segmentation/user.dict.utf8') });
    const lines = readdirSync(CORPUS)
      .filter((file) => file.endsWith('.txt'))
      .flatMap((file) => readFileSync(path.join(CORPUS, file), 'utf8').split('\n').filter((_, index) => index % 20 === 0));
    expect(lines.length).toBeGreaterThan(200);
    for (const line of lines) {
      expect(tag(line).map(({ word, tag }) => ({ word, tag }))).toEqual(nodejieba.tag(line));
    }
  });
});
