import { describe, expect, it } from 'vitest';
import rule from '../../rules/typo-candidate.js';
import { lintWithRule, testRule } from '../rule-tester.js';

testRule(rule);

/** Homophone slips in no dictionary, as an input method makes them: [sentence, wrong, right]. */
const SLIPS: Array<[string, string, string]> = [
  ['加强基层党组织见设', '见设', '建设'],
  ['提高行政效绿', '效绿', '效率'],
  ['深入推进放管服改格', '改格', '改革'],
  ['完善社会保障体细', '体细', '体系'],
  ['认真落实会议经神', '经神', '精神'],
  ['切实改进工作做风', '做风', '作风'],
  ['推动产业转型生级', '生级', '升级'],
  ['严格执行请示报告制渡', '制渡', '制度'],
  ['深化国有企业改格', '改格', '改革'],
  ['持续优化营商环竟', '环竟', '环境'],
  ['着力解决群众急难愁盼问提', '问提', '问题'],
  ['不断增强人民群众获得感幸福感安全敢', '安全敢', '安全感'],
  ['加快建设现代化产业题系', '题系', '体系'],
  ['全力做好稳就业工做', '工做', '工作'],
  ['推动科技创心', '创心', '创新'],
  ['坚决遏制重特大事故发声', '发声', '发生'],
  ['持续改善生态环竟质量', '环竟', '环境'],
  ['推进法治政府建射', '建射', '建设'],
  ['坚持以人民为中心的发展思相', '思相', '思想'],
  ['不断提高政治执行立', '执行立', '执行力'],
  ['加快推进农业农村现代话', '现代话', '现代化'],
  ['深入开展调查研九', '研九', '研究'],
  ['压实管党治党政治责认', '责认', '责任'],
  ['加强干部队伍见设', '见设', '建设'],
];

describe('typo-candidate', () => {
  it('stays silent where the typo dictionary already reports', async () => {
    expect(await lintWithRule(rule, '贯彻新时达党的组织路线。')).toEqual([]);
  });

  it('finds most homophone slips that are in no dictionary, with the right candidate', async () => {
    const found: string[] = [];
    for (const [sentence, wrong, right] of SLIPS) {
      const messages = await lintWithRule(rule, `${sentence}。`);
      if (messages.some((m) => m.actual?.includes(wrong.slice(0, 2)) && (m.expected ?? '') !== '' && sentence.replace(m.actual!, m.expected!).includes(right))) found.push(wrong);
    }
    // 16 of 24 when written (missed: 生级 → 省级 instead of 升级, 问提, 安全敢, 创心, 发声, 执行立, 现代话, 研九);
    // fewer means the heuristics lost recall.
    expect(found.length).toBeGreaterThanOrEqual(16);
  });
});
