import { describe } from 'vitest';
import rule from '../../rules/no-redundant-merge.js';
import { testRule } from '../rule-tester.js';
import { testDictionaryExamples } from './dictionary-examples.js';

testRule(rule);
describe('redundant-merges dictionary', () => testDictionaryExamples(rule, 'redundant-merges'));
