import rule from '../../rules/ellipsis.js';
import { testRule } from '../rule-tester.js';

testRule(rule);
