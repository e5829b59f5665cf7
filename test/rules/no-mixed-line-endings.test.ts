import rule from '../../rules/no-mixed-line-endings.js';
import { testRule } from '../rule-tester.js';

testRule(rule);
