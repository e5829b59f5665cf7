import rule from '../../rules/year-abbreviation.js';
import { testRule } from '../rule-tester.js';

testRule(rule);
