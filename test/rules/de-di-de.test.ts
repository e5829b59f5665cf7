import rule from '../../rules/de-di-de.js';
import { testRule } from '../rule-tester.js';

testRule(rule);
