import { describe, expect, it } from 'vitest';
import rule from '../../rules/likely-typo.js';
import { buildModel, type ModelSources } from '../../src/model/build.js';
import { DEFAULT_WEIGHTS, findCorrections } from '../../src/model/detect.js';
import { FORMAT_VERSION, HEADER_FIELDS, PAIR_MIN_FREQUENCY, SOURCE, WORD } from '../../src/model/format.js';
import { loadModel, modelFromBytes } from '../../src/model/load.js';

/** The small, cache-resident indexes of model format 5 agree with the big tables they summarise. */
const SOURCES: ModelSources = {
  text: ['坚持和发展中国特色社会主义。', '坚持以人民为中心的发展思想。', '加强基层党组织建设。', '推进法治政府建设。', '全市上下一鼓作气。'].join('\n'),
  order: 4,
  minCounts: [1, 1, 1, 1, 1],
  words: [
    { word: '建设', frequency: 5000, flags: WORD.dictionary },
    { word: '坚持', frequency: PAIR_MIN_FREQUENCY / 2, flags: WORD.dictionary },
    { word: '见社', frequency: 5000, flags: WORD.place },
    { word: '一鼓作气', frequency: 50, flags: WORD.dictionary | WORD.idiom },
    { word: '忧心忡忡', frequency: 50, flags: WORD.dictionary | WORD.idiom },
    { word: '發貳參见', frequency: 50, flags: WORD.dictionary | WORD.idiom },
    { word: '发展思想', frequency: 50, flags: WORD.dictionary },
  ],
  confusions: new Map([['建', new Map([['见', SOURCE.samePinyinSameTone]])]]),
  extraChars: '见社股忧习',
};
const bytes = buildModel(SOURCES);
const model = modelFromBytes(bytes);
const ids = (text: string) => model.encode(text);
const chars = [...new Set(SOURCES.text.replace(/\n/g, ''))];

describe('model format 5 indexes', () => {
  it('the bigram bit set holds exactly the bigrams of the n-gram table', () => {
    for (const a of chars) for (const b of chars) expect(model.seenBigram(model.id(a), model.id(b)), a + b).toBe(model.count(ids(a + b), 0, 2) > 0);
  });

  it('the trigram filter lets every trigram of the corpus through (no false negatives)', () => {
    for (const line of SOURCES.text.split('\n')) {
      for (let i = 0; i + 3 <= line.length; i++) expect(model.count(ids(line), i, i + 3), line.slice(i, i + 3)).toBeGreaterThan(0);
    }
  });

  it('the pair index lists the dictionary two-character words of frequency ≥ PAIR_MIN_FREQUENCY', () => {
    const seconds = (first: string) => {
      const id = model.id(first);
      return Array.from(model.pairSeconds.subarray(model.pairWordStart(id), model.pairWordStart(id + 1)), (second) => model.char(second));
    };
    expect(seconds('建')).toEqual(['设']);
    expect(seconds('坚')).toEqual([]); // too rare
    expect(seconds('见')).toEqual([]); // a place, not a dictionary word
  });

  it('the idiom index gives the character that completes a four-character idiom', () => {
    const fills = (text: string, start: number, masked: number) => {
      const found: string[] = [];
      model.forEachIdiomFill(ids(text), start, masked, (fill) => found.push(model.char(fill)));
      return found;
    };
    expect(fills('一股作气', 0, 1)).toEqual(['鼓']);
    expect(fills('全市一股作气', 2, 3)).toEqual(['鼓']);
    expect(fills('一股作气', 0, 2)).toEqual([]); // two characters away
    expect(fills('发展思路', 0, 3)).toEqual([]); // a word, not an idiom
    // Characters outside the vocabulary (忡) are 0, as in the word table; three of them would match any such run.
    expect(fills('忧习忡忡', 0, 1)).toEqual(['心']);
    expect(model.id('忡')).toBe(0);
    expect(fills('預計將见', 0, 3)).toEqual([]);
  });

  it('a model file of another format version is a one-line error naming both versions', () => {
    const old = Buffer.from(bytes);
    old.writeUInt32LE(FORMAT_VERSION - 1, HEADER_FIELDS.version);
    expect(() => modelFromBytes(old, 'old.bin')).toThrow(`old.bin 版本为 ${FORMAT_VERSION - 1}，本程序需要 ${FORMAT_VERSION}`);
  });
});

describe('findCorrections with a minimum score', () => {
  const shipped = loadModel();
  const threshold = Number(rule.meta.options!.threshold);
  // The real sentences (csc-dev) and correct text with names and terms.
  const texts = [
    '要清洗划分权责，推进普查十点工作，盘活集体所有键设用地。',
    '组织民主评义党员，开展经济责任神迹，推进负债表编织试点，在重太决策中发挥作用。',
    '全市上下一股作气，再接再励，推动各项工作落地见效。',
    '呼伦贝尔市海拉尔区健康街道松山社区党委组织开展主题党日活动，以文塑旅、以旅彰文。',
  ];

  it('abandons only candidates that cannot reach it: the same corrections as filtering by score', () => {
    let found = 0;
    for (const minScore of [threshold - 1, threshold]) {
      for (const text of texts) {
        const all = findCorrections(shipped, text).filter((c) => c.score >= minScore);
        expect(findCorrections(shipped, text, text, DEFAULT_WEIGHTS, minScore), text).toEqual(all);
        found += all.length;
      }
    }
    expect(found).toBeGreaterThan(6);
  });
});
