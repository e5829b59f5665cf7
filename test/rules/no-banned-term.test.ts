import { describe } from 'vitest';
import rule from '../../rules/no-banned-term.js';
import { testRule } from '../rule-tester.js';
import { testDictionaryExamples, testNoCrossWordSpelling } from './dictionary-examples.js';

testRule(rule);
describe('banned-terms dictionary', () => {
  testNoCrossWordSpelling('banned-terms');
  testDictionaryExamples(rule, 'banned-terms', { documentDate: '2024' });
});
