/** Dictionary entries as rules see them, after loading and validation. */

export interface Example {
  from: string;
  to: string;
}

/** 「wrong → right」 entries: typos, fixed phrases, redundant merges, banned terms … */
export interface SubstitutionEntry {
  wrong: string;
  /** One or more corrections; the first is the fix, the others are suggestions. */
  right: string[];
  /** Why, and the source (a standard, a style guide). */
  note: string;
  /** Contexts containing `wrong` where it is correct (a company called 新时达 …). */
  allows: string[];
  examples: Example[];
  /** Extra fields a kind defines (dates of validity, POS, classifier …). */
  [field: string]: unknown;
}

/** Word lists: allowed reduplications, words never flagged … */
export interface WordEntry {
  word: string;
  note: string;
  /** Sentences that contain the word. */
  examples: string[];
  allows: string[];
  [field: string]: unknown;
}

export interface Dictionary<E> {
  kind: string;
  entries: E[];
  /** Files it was read from, built-in first. */
  files: string[];
}
