import rule from '../../rules/no-abnormal-whitespace.js';
import { testRule } from '../rule-tester.js';

testRule(rule);
