import rule from '../../rules/range-mark.js';
import { testRule } from '../rule-tester.js';

testRule(rule);
