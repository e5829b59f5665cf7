import { describe, expect, it } from 'vitest';
import rule from '../../rules/typo-candidate.js';
import { lintWithRule, testRule } from '../rule-tester.js';

testRule(rule);

describe('typo-candidate', () => {
  it('stays silent where the typo dictionary already reports', async () => {
    expect(await lintWithRule(rule, '贯彻新时达党的组织路线。')).toEqual([]);
  });
});
