import rule from '../../rules/ordinal-punctuation.js';
import { testRule } from '../rule-tester.js';

testRule(rule);
