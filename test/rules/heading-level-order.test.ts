import rule from '../../rules/heading-level-order.js';
import { testRule } from '../rule-tester.js';

testRule(rule);
