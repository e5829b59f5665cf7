import { describe, expect, it } from 'vitest';
import rule from '../../rules/likely-typo.js';
import { findCorrections } from '../../src/model/detect.js';
import { loadModel } from '../../src/model/load.js';
import { lintWithRule, testRule } from '../rule-tester.js';

testRule(rule);

/** Sentences of ../shared/csc-dev/odw.train.tsv (real official-document typos): [as written, corrected]. */
const REAL_TYPOS: Array<[string, string]> = [
  ['知只产权局、高法院牵头负责', '知识产权局、高法院牵头负责'],
  ['玩善全民健身公共服务体系。', '完善全民健身公共服务体系。'],
  ['优化国家科技汁划基础研究支持体系。', '优化国家科技计划基础研究支持体系。'],
  ['国家医保局、才政部、国家卫生健康委、国家中医药局等负责', '国家医保局、财政部、国家卫生健康委、国家中医药局等负责'],
  ['研究开展应急管里信用体系建设。', '研究开展应急管理信用体系建设。'],
  ['长武县洪家镇姜曹村村民、村级电子伤务负责人', '长武县洪家镇姜曹村村民、村级电子商务负责人'],
  ['开展农村集体所有键设用地入市工作。', '开展农村集体所有建设用地入市工作。'],
];

/** Correct sentences with names, places and new terms the model never saw. */
const CORRECT = [
  '呼伦贝尔市海拉尔区健康街道松山社区党委',
  '开州区长沙镇齐圣村党委书记',
  '做好抗疫工作，视情启动应急响应。',
  '以文塑旅、以旅彰文，推动文旅融合发展。',
  '王小明同志任办公室主任。',
  '认真学习《中华人民共和国监察法》。',
  '2023年全市地区生产总值达到1200亿元，增长5.2%。',
];

describe('likely-typo', () => {
  it('finds real typos of official documents, with the right first suggestion', async () => {
    for (const [written, corrected] of REAL_TYPOS) {
      const messages = await lintWithRule(rule, written);
      expect(messages, written).toHaveLength(1);
      const [message] = messages;
      expect(written.slice(0, message.range[0]) + message.expected + written.slice(message.range[1]), written).toBe(corrected);
    }
  });

  it('stays silent on names, places, new terms, titles and numbers', async () => {
    for (const text of CORRECT) expect(await lintWithRule(rule, text), text).toEqual([]);
  });

  it('takes a string the document repeats three times for the author’s term', async () => {
    const line = '推进电子伤务平台建设。';
    expect(await lintWithRule(rule, line)).toHaveLength(1);
    expect(await lintWithRule(rule, `${line}\n${line}\n${line}\n`)).toEqual([]);
  });

  it('leaves listed typos to the typo rule', async () => {
    const text = '贯彻党中央决策部暑，加强形势研叛。';
    const threshold = Number(rule.meta.options!.threshold);
    expect(findCorrections(loadModel(), text).filter((c) => c.score >= threshold), 'the model finds both').toHaveLength(2);
    expect(await lintWithRule(rule, text)).toEqual([]);
  });

  it('never corrects a word the dictionaries give as a right form', async () => {
    const text = '他们是国家的脊梁。';
    const threshold = Number(rule.meta.options!.threshold);
    expect(findCorrections(loadModel(), text).filter((c) => c.score >= threshold), 'the model alone proposes 脊梁→计量').toHaveLength(1);
    expect(await lintWithRule(rule, text)).toEqual([]);
  });
});
