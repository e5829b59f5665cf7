import rule from '../../rules/no-repeated-punctuation.js';
import { testRule } from '../rule-tester.js';

testRule(rule);
