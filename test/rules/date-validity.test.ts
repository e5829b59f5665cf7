import rule from '../../rules/date-validity.js';
import { testRule } from '../rule-tester.js';

testRule(rule);
