import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import levelOrder from '../../rules/heading-level-order.js';
import mark from '../../rules/heading-mark.js';
import rule from '../../rules/heading-numbering.js';
import { packageRoot } from '../../src/package-root.js';
import { SEED } from '../helpers/paths.js';
import { lintWithRule, testRule } from '../rule-tester.js';

testRule(rule);

describe('heading-numbering in context', () => {
  it('is silent on the seed report (一、（一）（二）…二、（一）…) and its corrected copy', async () => {
    const seed = readFileSync(SEED, 'utf8');
    const corrected = readFileSync(path.resolve(packageRoot(), 'fixtures', 'seed-corrected.txt'), 'utf8');
    for (const text of [seed, corrected]) {
      for (const r of [rule, levelOrder, mark]) expect(await lintWithRule(r, text, 'report.txt'), r.meta.id).toEqual([]);
    }
  });

  it('reads Markdown headings and ordered-list markers', async () => {
    const text = '# 一、总体要求\n\n## （一）指导思想\n\n1. 坚持党的全面领导\n2. 坚持稳中求进\n4. 坚持系统观念\n\n## （三）工作原则\n';
    const messages = await lintWithRule(rule, text, 'plan.md');
    expect(messages.map((m) => [m.line, m.messageId, m.message])).toEqual([
      [7, 'gap', '序号不连续：“2.”之后应为“3.”，不是“4.”'],
      [9, 'gap', '序号不连续：“（一）”之后应为“（二）”，不是“（三）”'],
    ]);
  });

  it('accepts Markdown lists numbered 1. 1. 1. (the renderer numbers them)', async () => {
    expect(await lintWithRule(rule, '1. 明确责任\n1. 健全机制\n1. 加强督查\n', 'plan.md')).toEqual([]);
  });

  it('restarts the lower levels under each higher item, and ignores quotations', async () => {
    const text = '一、成绩\n（一）经济\n（二）民生\n二、任务\n（一）改革\n> （三）引文中的序号\n（二）开放\n';
    expect(await lintWithRule(rule, text, 'plan.md')).toEqual([]);
  });
});
