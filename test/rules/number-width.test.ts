import rule from '../../rules/number-width.js';
import { testRule } from '../rule-tester.js';

testRule(rule);
