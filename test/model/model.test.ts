import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { buildModel, type ModelSources } from '../../src/model/build.js';
import { SOURCE, WORD } from '../../src/model/format.js';
import { loadModel, modelFromBytes } from '../../src/model/load.js';

/** A small corpus written here: the tests need nothing outside the repository. */
const SOURCES: ModelSources = {
  text: ['坚持和发展中国特色社会主义。', '坚持以人民为中心的发展思想。', '加强基层党组织建设。', '推进法治政府建设。', '坚持和加强党的全面领导。'].join('\n'),
  order: 4,
  minCounts: [1, 1, 1, 1, 1],
  words: [
    { word: '建设', frequency: 5000, flags: WORD.dictionary },
    { word: '一鼓作气', frequency: 50, flags: WORD.dictionary | WORD.idiom },
    { word: '海拉尔', frequency: 80, flags: WORD.place },
  ],
  confusions: new Map<string, ReadonlyMap<string, number>>([
    ['设', new Map([['社', SOURCE.samePinyinOtherTone]])],
    ['建', new Map([['见', SOURCE.samePinyinSameTone], ['健', SOURCE.sameShape]])],
  ]),
  extraChars: '见健社一鼓作气海拉尔',
};

const folder = mkdtempSync(path.join(tmpdir(), 'gongwen-model-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('proofreading model', () => {
  const bytes = buildModel(SOURCES);
  const model = modelFromBytes(bytes);
  const ids = (text: string) => model.encode(text);

  it('counts the n-grams of its corpus', () => {
    expect(model.count(ids('坚持'), 0, 2)).toBe(3);
    expect(model.count(ids('建设'), 0, 2)).toBe(2);
    expect(model.count(ids('坚持和'), 0, 3)).toBe(2);
    expect(model.count(ids('政府建设'), 0, 4)).toBe(1);
    expect(model.count(ids('建持'), 0, 2)).toBe(0);
  });

  it('gives a seen continuation a higher probability than an unseen one, and sums to one', () => {
    for (const smoothing of ['kneser-ney', 'stupid-backoff'] as const) {
      model.smoothing = smoothing;
      expect(model.logProb(ids('坚持和'), 2)).toBeGreaterThan(model.logProb(ids('坚持建'), 2));
      expect(model.logProb(ids('组织建设'), 3)).toBeGreaterThan(model.logProb(ids('组织建社'), 3));
    }
    model.smoothing = 'kneser-ney';
    const vocabulary = [...new Set(SOURCES.text.replace(/\n/g, ''))];
    const sum = vocabulary.reduce((total, char) => total + Math.exp(model.logProb(ids(`坚持${char}`), 2)), 0);
    // Not exactly 1: characters never seen after another get a small floor.
    expect(sum).toBeGreaterThan(0.9);
    expect(sum).toBeLessThan(1.02);
  });

  it('holds words with their flags and the confusion sets with their sources', () => {
    expect(model.word(ids('一鼓作气'), 0, 4)?.flags).toBe(WORD.dictionary | WORD.idiom);
    expect(model.word(ids('海拉尔'), 0, 3)?.flags).toBe(WORD.place);
    expect(model.word(ids('建社'), 0, 2)).toBeUndefined();
    const confusables: Array<[string, number]> = [];
    model.forEachConfusable(model.id('建'), (other, sources) => confusables.push([model.char(other), sources]));
    expect(confusables).toEqual(
      expect.arrayContaining([
        ['见', SOURCE.samePinyinSameTone],
        ['健', SOURCE.sameShape],
      ]),
    );
  });

  it('builds the same bytes from the same sources', () => {
    expect(buildModel(SOURCES).equals(bytes)).toBe(true);
  });

  it('loads from a file; a missing or corrupt file is a one-line error naming it', () => {
    const file = path.join(folder, 'model.bin');
    writeFileSync(file, bytes);
    expect(loadModel(file).count(ids('坚持'), 0, 2)).toBe(3);

    const corrupt = path.join(folder, 'corrupt.bin');
    const damaged = Buffer.from(readFileSync(file));
    damaged[damaged.length - 100] ^= 0xff;
    writeFileSync(corrupt, damaged);
    const error = (() => {
      try {
        loadModel(corrupt);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).format()).toMatch(/校对模型文件 \S*corrupt\.bin 已损坏/);
    expect((error as UserError).format()).not.toContain('\n');
    expect(() => loadModel(path.join(folder, 'missing.bin'))).toThrow(/missing\.bin 缺失/);
    writeFileSync(path.join(folder, 'text.bin'), 'not a model');
    expect(() => loadModel(path.join(folder, 'text.bin'))).toThrow(/格式不对/);
  });
});
