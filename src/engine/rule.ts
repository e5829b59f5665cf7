import type { DictionaryKind } from '../dict/load.js';
import type { Dictionary, SubstitutionEntry, WordEntry } from '../dict/types.js';
import type { ProofreadingModel } from '../model/model.js';
import type { Block, Range, RuleCategory, Severity } from '../types.js';

/** Settings shared by all rules, from the `settings` key of the config. */
export interface Settings {
  /** The document's date (YYYY-MM-DD), for formulations valid only in some years. */
  documentDate?: string;
  [key: string]: unknown;
}

export interface ExampleError {
  messageId: string;
  /** The flagged text, as written. */
  actual?: string;
  /** Outputs of applying each suggestion, in order. */
  suggestions?: string[];
}

export interface ValidExample {
  text: string;
  options?: Record<string, unknown>;
  settings?: Settings;
  /** false: only meaningful as plain text (skip the Markdown and CRLF re-runs). */
  markdown?: boolean;
}

export interface InvalidExample extends ValidExample {
  /** The text after all safe fixes; omit when nothing is fixed. */
  output?: string;
  errors: ExampleError[];
}

export interface RuleMeta<O extends object = Record<string, unknown>> {
  /** Equal to the file name: kebab-case, `no-…` for prohibitions. */
  id: string;
  /** Chinese title for docs and reporters. */
  title: string;
  category: RuleCategory;
  /** One line: what the rule checks. */
  description: string;
  /** Longer documentation in Markdown: rationale, sources (clause of the standard). */
  docs?: string;
  severity: Severity;
  /** 'safe': fixes are certain and local; 'suggest': suggestions only; false: neither. */
  fixable: 'safe' | 'suggest' | false;
  /** Option defaults; the user's options are checked against their types. */
  options?: O;
  /** Allowed values of string options that are enums. */
  optionValues?: { [K in keyof O]?: readonly string[] };
  /** Message templates by id, in Chinese: what is wrong, then what is expected. */
  messages: Record<string, string>;
  /** Dictionary kinds the rule reads. */
  dictionaries?: DictionaryKind[];
  /** 'tokens': jieba segmentation with POS tags (loads nodejieba); 'model': the proofreading model. */
  needs?: Array<'tokens' | 'model'>;
  examples: { valid: Array<string | ValidExample>; invalid: InvalidExample[] };
}

export interface FixDescriptor {
  /** Block-text range to replace; defaults to the report's range. */
  range?: Range;
  text: string;
}

export interface SuggestionDescriptor extends FixDescriptor {
  /** Message id (template filled with the report's data) or plain text describing it. */
  messageId?: string;
  desc?: string;
}

export interface ReportDescriptor {
  block: Block;
  /** Block-text range of the problem. */
  range: Range;
  messageId: string;
  /** Template data. `actual` defaults to the text at `range`; `expected` to the fix text. */
  data?: Record<string, string | number>;
  fix?: FixDescriptor;
  suggest?: SuggestionDescriptor[];
}

export interface RuleContext<O extends object = Record<string, unknown>> {
  readonly options: Readonly<O>;
  readonly settings: Readonly<Settings>;
  readonly filePath?: string;
  /** The whole file text, for rules about the file itself (line endings). */
  readonly fileText: string;
  report(descriptor: ReportDescriptor): void;
  /** Built-in plus user entries of a dictionary kind (loaded once per process). */
  substitutions(kind: DictionaryKind): Dictionary<SubstitutionEntry>;
  words(kind: DictionaryKind): Dictionary<WordEntry>;
  /** The proofreading language model, read on first call (rules that declare `needs: ['model']`). */
  model(): ProofreadingModel;
}

export interface RuleHandlers {
  heading?(block: Block): void;
  paragraph?(block: Block): void;
  listItem?(block: Block): void;
  tableCell?(block: Block): void;
  /** Every block, whatever its kind. */
  block?(block: Block): void;
  /** After all blocks: for rules about the document as a whole (numbering, consistency). */
  documentEnd?(blocks: readonly Block[]): void;
}

export interface Rule<O extends object = Record<string, unknown>> {
  meta: RuleMeta<O>;
  create(context: RuleContext<O>): RuleHandlers;
}

/** Identity helper that gives rule files their types. */
export function defineRule<O extends object = Record<string, unknown>>(rule: Rule<O>): Rule<O> {
  return rule;
}
