import { describe, expect, it } from 'vitest';
import { findCorrections } from '../../src/model/detect.js';
import { SOURCE } from '../../src/model/format.js';
import { loadModel } from '../../src/model/load.js';

/** Candidate generation of the shipped model (models/typo-lm.bin), on sentences of odw.train.tsv. */
const model = loadModel();

function best(text: string, wrong: string) {
  const at = text.indexOf(wrong);
  return findCorrections(model, text).find((c) => c.start <= at && at < c.end);
}

function sources(written: string, right: string): number {
  let found = 0;
  model.forEachConfusable(model.id(written), (other, bits) => {
    if (model.char(other) === right) found = bits;
  });
  return found;
}

describe('candidates', () => {
  it('同音: a sound-alike character', () => {
    expect(sources('里', '理') & (SOURCE.samePinyinSameTone | SOURCE.samePinyinOtherTone)).not.toBe(0);
    expect(best('研究开展应急管里信用体系建设。', '里')).toMatchObject({ replacement: '管理', kind: 'char' });
  });

  it('形近: a look-alike character', () => {
    expect(sources('冶', '治') & SOURCE.sameShape).not.toBe(0);
    expect(best('合肥市第三人民医院主冶医师', '冶')).toMatchObject({ replacement: '主治医师', kind: 'char' });
  });

  it('whole word: two sound-alike characters of one word', () => {
    expect(best('有关菲佣未足额到位的，不得批准征收土地。', '菲')).toMatchObject({ replacement: '费用', kind: 'word' });
  });

  it('idiom: one character away from an idiom', () => {
    expect(best('这是一股作气的精神。', '股')).toMatchObject({ replacement: '一鼓作气', kind: 'idiom' });
  });

  it('never proposes inside 《》 titles or for a number', () => {
    expect(findCorrections(model, '《研究开展应急管里信用体系建设》')).toEqual([]);
    expect(findCorrections(model, '共一十二三万人。').filter((c) => c.start >= 1 && c.start <= 5)).toEqual([]);
  });
});
