import { describe } from 'vitest';
import rule from '../../rules/typo.js';
import { testRule } from '../rule-tester.js';
import { testDictionaryExamples, testNoCrossWordSpelling } from './dictionary-examples.js';

testRule(rule);
describe('typo dictionary', () => {
  testNoCrossWordSpelling('typos');
  testDictionaryExamples(rule, 'typos');
});
