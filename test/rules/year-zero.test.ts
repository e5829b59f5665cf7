import rule from '../../rules/year-zero.js';
import { testRule } from '../rule-tester.js';

testRule(rule);
