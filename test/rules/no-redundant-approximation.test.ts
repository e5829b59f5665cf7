import rule from '../../rules/no-redundant-approximation.js';
import { testRule } from '../rule-tester.js';

testRule(rule);
