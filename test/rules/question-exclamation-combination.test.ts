import rule from '../../rules/question-exclamation-combination.js';
import { testRule } from '../rule-tester.js';

testRule(rule);
