import rule from '../../rules/range-unit.js';
import { testRule } from '../rule-tester.js';

testRule(rule);
