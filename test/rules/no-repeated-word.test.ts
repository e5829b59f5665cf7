import rule from '../../rules/no-repeated-word.js';
import { testRule } from '../rule-tester.js';

testRule(rule);
