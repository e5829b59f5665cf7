import rule from '../../rules/indentation.js';
import { testRule } from '../rule-tester.js';

testRule(rule);
