import rule from '../../rules/paired-punctuation.js';
import { testRule } from '../rule-tester.js';

testRule(rule);
