import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build.js';
import { findCorrections } from '../../src/model/detect.js';
import { SOURCE, WORD } from '../../src/model/format.js';
import { modelFromBytes } from '../../src/model/load.js';

/** A corpus written here: 府建 and 建设 are seen, 政府建 is not, and 政府见 is. */
const model = modelFromBytes(
  buildModel({
    text: ['省府建设。', '政府见成效。'].join('\n'),
    order: 4,
    minCounts: [1, 1, 1, 1, 1],
    words: [{ word: '一鼓作气', frequency: 50, flags: WORD.dictionary | WORD.idiom }],
    confusions: new Map([['建', new Map([['见', SOURCE.samePinyinSameTone]])]]),
    extraChars: '一鼓作气股',
  }),
);
const ids = (text: string) => model.encode(text);

describe('model lookups', () => {
  it('encodes digits and Latin letters by class, unknown characters as 0', () => {
    expect(model.id('５')).toBe(model.id('0'));
    expect(model.id('7')).toBe(model.id('0'));
    expect(model.id('Ｚ')).toBe(model.id('a'));
    expect(model.id('鑫')).toBe(0);
    expect(String.fromCharCode(model.charCode(model.id('建')))).toBe('建');
    expect(Array.from(ids('政府5'))).toEqual([model.id('政'), model.id('府'), model.id('0')]);
  });

  it('gives word flags without an object, and 0 for a miss', () => {
    expect(model.wordFlags(ids('一鼓作气'), 0, 4)).toBe(WORD.dictionary | WORD.idiom);
    expect(model.wordFlags(ids('一股作气'), 0, 4)).toBe(0);
    expect(model.count(ids('政府建'), 0, 3)).toBe(0);
  });
});

describe('the gate of findCorrections', () => {
  it('leaves a character whose bigrams are seen and one of whose trigrams is seen', () => {
    // 建: 府建 and 建设 seen, 府建设 seen, only 政府建 unseen; 见 would make the seen 政府见.
    expect(model.count(ids('政府见'), 0, 3)).toBeGreaterThan(0);
    expect(findCorrections(model, '政府建设')).toEqual([]);
  });

  it('scores a character next to an unseen bigram', () => {
    // 建成: never seen; 见成 is.
    expect(findCorrections(model, '政府建成效')).toEqual([expect.objectContaining({ start: 2, replacement: '见' })]);
  });
});
