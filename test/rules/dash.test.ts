import rule from '../../rules/dash.js';
import { testRule } from '../rule-tester.js';

testRule(rule);
