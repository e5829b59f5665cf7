import type { DictionaryKind } from './load.js';

/**
 * The fields an entry of each dictionary kind may have, and their types: a misspelt key
 * (`bondary: true`) or a wrong type is an error naming the file and the entry, never silently
 * ignored. Hand-written rather than JSON Schema through ajv: checking a few keys per entry
 * costs nothing at start-up, where compiling schemas with a library would.
 */
export type FieldType =
  /** Text. */
  | 'string'
  /** Text or a list of texts. */
  | 'strings'
  /** A list of texts. */
  | 'list'
  | 'boolean'
  /** A year (2016) or a date ("2016-07-01"), of which the year counts. */
  | 'year'
  /** [{from, to}] example pairs of a substitution. */
  | 'pairs'
  /** A regular expression in RE2 syntax (src/dict/patterns.ts). */
  | 'pattern';

export interface FieldSpec {
  type: FieldType;
  required?: boolean;
  /** The only values a text field may take. */
  oneOf?: readonly string[];
}

type Fields = Readonly<Record<string, FieldSpec>>;

const SUBSTITUTION: Fields = {
  wrong: { type: 'string', required: true },
  right: { type: 'strings', required: true },
  note: { type: 'string', required: true },
  examples: { type: 'pairs', required: true },
  allows: { type: 'strings' },
  unless: { type: 'pattern' },
  boundary: { type: 'boolean' },
  certain: { type: 'boolean' },
  validFrom: { type: 'year' },
  validUntil: { type: 'year' },
};

const WORDS: Fields = {
  word: { type: 'string', required: true },
  note: { type: 'string' },
  examples: { type: 'strings', required: true },
  allows: { type: 'strings' },
};

/** The classes of dictionaries/word-classes.yml (the 的/地/得 rule's word classes). */
export const WORD_CLASSES = ['adverbial', 'opener', 'preposition', 'copula', 'nominal-verb', 'complement-verb', 'degree-adverb'] as const;
export type WordClass = (typeof WORD_CLASSES)[number];

/** Every kind has its fields here: a new kind in DICTIONARY_KINDS does not compile without them. */
export const ENTRY_FIELDS: Readonly<Record<DictionaryKind, Fields>> = {
  typos: SUBSTITUTION,
  'fixed-phrases': SUBSTITUTION,
  'official-terms': SUBSTITUTION,
  'banned-terms': SUBSTITUTION,
  'redundant-merges': SUBSTITUTION,
  'official-sets': { ...WORDS, items: { type: 'list', required: true }, validFrom: { type: 'year' }, validUntil: { type: 'year' } },
  reduplications: WORDS,
  'measure-words': { ...WORDS, classifier: { type: 'strings', required: true }, bareAfterChinese: { type: 'boolean' } },
  'counting-words': { ...WORDS, type: { type: 'string', required: true, oneOf: ['classifier', 'unit', 'direct'] } },
  'word-classes': {
    ...WORDS,
    class: { type: 'string', required: true, oneOf: WORD_CLASSES },
  },
};

const YEAR_TEXT = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

const isText = (value: unknown) => typeof value === 'string' && value !== '';

const CHECKS: Record<FieldType, [(value: unknown) => boolean, string]> = {
  string: [isText, '文字'],
  strings: [(value) => isText(value) || (Array.isArray(value) && value.length > 0 && value.every(isText)), '文字或文字列表'],
  list: [(value) => Array.isArray(value) && value.length > 0 && value.every(isText), '文字列表'],
  boolean: [(value) => typeof value === 'boolean', 'true 或 false'],
  year: [(value) => (Number.isInteger(value) && (value as number) > 0) || (typeof value === 'string' && YEAR_TEXT.test(value)), '年份（如 2016）或日期（如 "2016-07-01"）'],
  pairs: [
    (value) => Array.isArray(value) && value.length > 0 && value.every((pair) => isPair(pair)),
    '例句列表 [{ from: 原句, to: 改后 }]',
  ],
  pattern: [isText, '正则表达式（文字）'],
};

function isPair(value: unknown): boolean {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  const { from, to } = value as Record<string, unknown>;
  return keys.length === 2 && typeof from === 'string' && typeof to === 'string';
}

/**
 * Checks one entry's keys and value types against its kind; returns the problem in Chinese
 * (the caller names the file and entry), or undefined. A null value (a YAML key left empty)
 * counts as absent.
 */
export function entryProblem(kind: DictionaryKind, entry: Record<string, unknown>): string | undefined {
  const fields = ENTRY_FIELDS[kind];
  for (const key of Object.keys(entry)) {
    if (!(key in fields)) return `未知字段 ${key}（可用：${Object.keys(fields).join('、')}）`;
  }
  for (const [key, spec] of Object.entries(fields)) {
    const value = entry[key];
    if (value === undefined || value === null) {
      if (spec.required) return `缺少 ${key}`;
      continue;
    }
    const [valid, expected] = CHECKS[spec.type];
    if (!valid(value)) return `${key} 应为${expected}，得到 ${JSON.stringify(value)}`;
    if (spec.oneOf && !spec.oneOf.includes(value as string)) return `${key} 应为 ${spec.oneOf.join('、')} 之一，得到 ${JSON.stringify(value)}`;
  }
  return undefined;
}
