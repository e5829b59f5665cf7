import rule from '../../rules/no-trailing-spaces.js';
import { testRule } from '../rule-tester.js';

testRule(rule);
