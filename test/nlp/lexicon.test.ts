import { describe, expect, it } from 'vitest';
import { frequentWords } from '../../src/nlp/lexicon.js';

describe('frequentWords', () => {
  it('indexes jieba’s frequent words by a masked character', () => {
    expect(frequentWords([]).withOneMasked('建?', 1).map((w) => w.word)).toContain('建设');
  });

  it('uses the extra words of each call, not those of the first configuration it saw', () => {
    const first = frequentWords(['甲乙丙丁']);
    const second = frequentWords(['戊己庚辛']);
    expect(first.withOneMasked('甲乙丙?', 3).map((w) => w.word)).toEqual(['甲乙丙丁']);
    expect(second.withOneMasked('戊己庚?', 3).map((w) => w.word)).toEqual(['戊己庚辛']);
    expect(second.withOneMasked('甲乙丙?', 3)).toEqual([]);
  });
});
