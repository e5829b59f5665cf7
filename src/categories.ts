import type { RuleCategory } from './types.js';

/** The rule categories' Chinese names, in the order a reader meets them (docs, the page's list). */
export const CATEGORY_NAMES: Record<RuleCategory, string> = {
  word: '字词',
  punctuation: '标点',
  number: '数字',
  structure: '结构',
  term: '规范表述',
  whitespace: '空白',
};
