import rule from '../../rules/heading-mark.js';
import { testRule } from '../rule-tester.js';

testRule(rule);
