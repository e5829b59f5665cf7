import rule from '../../rules/no-dunhao-between-quotes.js';
import { testRule } from '../rule-tester.js';

testRule(rule);
