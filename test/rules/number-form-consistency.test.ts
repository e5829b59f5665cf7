import rule from '../../rules/number-form-consistency.js';
import { testRule } from '../rule-tester.js';

testRule(rule);
