import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import rule from '../../rules/likely-typo.js';
import { unihanLookAlikes } from '../../scripts/unihan.js';
import { findCorrections } from '../../src/model/detect.js';
import { SOURCE } from '../../src/model/format.js';
import { loadModel } from '../../src/model/load.js';
import { lintWithRule } from '../rule-tester.js';

/** The recall work on the model: Unihan look-alikes, whole-word homophones, idioms — on the shipped model. */
const model = loadModel();
const threshold = Number(rule.meta.options!.threshold);

const sources = (written: string, right: string) => {
  let found = 0;
  model.forEachConfusable(model.id(written), (other, bits) => {
    if (model.char(other) === right) found = bits;
  });
  return found;
};
const at = (text: string, wrong: string) => {
  const i = text.indexOf(wrong);
  return findCorrections(model, text).find((c) => c.start <= i && i < c.end);
};

describe('Unihan look-alikes (scripts/unihan.ts)', () => {
  // Real lines of Unihan 15 (DictionaryLikeData, Variants), written to a folder of the test's own.
  const folder = mkdtempSync(path.join(tmpdir(), 'gongwen-unihan-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  writeFileSync(
    path.join(folder, 'Unihan_DictionaryLikeData.txt'),
    [
      'U+4FAF\tkCangjie\tONMK',
      'U+4FAF\tkFourCornerCode\t2723.4',
      'U+4FAF\tkPhonetic\t446',
      'U+5019\tkCangjie\tOLNK',
      'U+5019\tkFourCornerCode\t2723.4',
      'U+5019\tkPhonetic\t446',
      'U+60C5\tkCangjie\tPQMB',
      'U+60C5\tkPhonetic\t203',
      'U+6674\tkCangjie\tAQMB',
      'U+6E05\tkCangjie\tEQMB',
      'U+8ACB\tkPhonetic\t203',
      'U+8BF7\tkCangjie\tIVQMB',
    ].join('\n'),
  );
  writeFileSync(path.join(folder, 'Unihan_Variants.txt'), 'U+8BF7\tkTraditionalVariant\tU+8ACB\n');
  const relations = unihanLookAlikes([...'侯候情晴清请'], folder);
  const has = (pairs: Array<[string, string]>, a: string, b: string) => pairs.some(([x, y]) => x === a && y === b);

  it('pairs characters of one four-corner code, of Cangjie codes one letter apart, of one phonetic series', () => {
    expect(has(relations.fourCorner, '候', '侯') && has(relations.fourCorner, '侯', '候')).toBe(true);
    expect(has(relations.cangjie, '清', '晴') && has(relations.cangjie, '情', '清')).toBe(true);
    // 请 has no series of its own: it takes its traditional form 請's.
    expect(has(relations.phonetic, '请', '情')).toBe(true);
    expect(has(relations.cangjie, '侯', '候'), 'two letters apart').toBe(false);
  });

  it('says in one line which package to install when the files are missing', () => {
    expect(() => unihanLookAlikes(['清'], path.join(folder, 'missing'))).toThrow(/unicode-data/);
  });

  it('gives the shipped model candidates no other source has, found in real typos', () => {
    const unihanOnly = (written: string, right: string, bit: number) => {
      const bits = sources(written, right);
      return (bits & bit) !== 0 && (bits & (SOURCE.samePinyinSameTone | SOURCE.samePinyinOtherTone | SOURCE.sameShape | SOURCE.nearPinyin)) === 0;
    };
    expect(unihanOnly('底', '府', SOURCE.fourCorner)).toBe(true);
    expect(unihanOnly('贡', '责', SOURCE.cangjie)).toBe(true);
    expect(unihanOnly('发', '废', SOURCE.phonetic)).toBe(true);
    // Sentences of ../shared/csc-dev/odw.train.tsv.
    expect(at('县级人民政底教育行政部门应当加强指导。', '底')).toMatchObject({ replacement: '人民政府' });
    expect(at('建立农药包装发弃物等回收和集中处理体系。', '发')).toMatchObject({ replacement: '废弃物' });
  });
});

describe('whole-word homophones', () => {
  it('corrects a pair that is no word', () => {
    expect(at('公务用车主管部门按照政府菜狗法律法规和国家有关政策规定执行。', '菜')).toMatchObject({ replacement: '采购', kind: 'word' });
  });

  it('corrects a pair that is a word the context does not want (淡味→单位, 神迹→审计)', () => {
    expect(at('其他成员以北京市有关淡味同志为主担任。', '淡')).toMatchObject({ replacement: '单位', kind: 'word' });
    const audit = at('国有企业领导干部经济责任神迹职责划入审计署。', '神');
    expect(audit).toMatchObject({ replacement: '审计', kind: 'word' });
    expect(audit!.score).toBeGreaterThanOrEqual(threshold);
  });

  it('leaves a pair inside a longer word or name alone', () => {
    for (const text of ['长期存在的许多问题迎刃而解。', '尼加拉瓜、伯利兹、乌拉圭等国家。', '全国各族人民沉痛悼念毛主席与世长辞。']) {
      expect(findCorrections(model, text).filter((c) => c.kind === 'word' && c.score >= threshold), text).toEqual([]);
    }
  });
});

describe('idioms', () => {
  it('does not take two words for a corrupted idiom (认真汲取 is no 认真吸取)', () => {
    expect(findCorrections(model, '教训极其深刻，必须认真汲取。').filter((c) => c.score >= threshold)).toEqual([]);
  });
});

describe('likely-typo on real sentences', () => {
  /** Sentences of ../shared/csc-dev/odw.train.tsv found thanks to this work: [as written, corrected]. */
  const REAL_TYPOS: Array<[string, string]> = [
    ['完善营养法规政策标淮体系。', '完善营养法规政策标准体系。'],
    ['其他成员以北京市有关淡味同志为主担任。', '其他成员以北京市有关单位同志为主担任。'],
    ['实施乡村阵型战略，是党对“三农”工作一系列方针政策的继承和发展。', '实施乡村振兴战略，是党对“三农”工作一系列方针政策的继承和发展。'],
  ];
  /** Correct sentences with names, places and new terms. */
  const CORRECT = [
    '尼加拉瓜、伯利兹、乌拉圭等国家派代表出席。',
    '呼伦贝尔市海拉尔区健康街道松山社区党委组织开展活动。',
    '稳步推进城市群、都市圈建设，促进大中小城市协调发展。',
    '坚持人尽其才，推进以文塑旅、以旅彰文。',
  ];

  it('fires with the right suggestion', async () => {
    for (const [written, corrected] of REAL_TYPOS) {
      const messages = await lintWithRule(rule, written);
      expect(messages, written).toHaveLength(1);
      const [message] = messages;
      expect(written.slice(0, message.range[0]) + message.expected + written.slice(message.range[1]), written).toBe(corrected);
    }
  });

  it('stays silent on correct text', async () => {
    for (const text of CORRECT) expect(await lintWithRule(rule, text), text).toEqual([]);
  });
});
