import { describe } from 'vitest';
import rule from '../../rules/typo.js';
import { testRule } from '../rule-tester.js';
import { testDictionaryExamples } from './dictionary-examples.js';

testRule(rule);
describe('typo dictionary', () => testDictionaryExamples(rule, 'typos'));
