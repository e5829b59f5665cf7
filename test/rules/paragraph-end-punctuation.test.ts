import rule from '../../rules/paragraph-end-punctuation.js';
import { testRule } from '../rule-tester.js';

testRule(rule);
