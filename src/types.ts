/**
 * Public types shared by the engine, rules, reporters and integrations.
 * Offsets are UTF-16 code unit indexes (JavaScript string indexes) unless a name says otherwise.
 */

export type Severity = 'error' | 'warn' | 'info';
export type RuleLevel = 'off' | Severity;

/** A half-open range [start, end) of UTF-16 offsets. */
export type Range = readonly [number, number];

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column in Unicode code points (what a person counts). */
  column: number;
  /** 0-based UTF-16 offset into the file text (BOM excluded). */
  offset: number;
}

export interface Fix {
  /** UTF-16 offsets into the file text (BOM excluded), as ESLint's fix.range. */
  range: [number, number];
  text: string;
}

export interface Suggestion {
  desc: string;
  fix: Fix;
}

/** One problem, in file coordinates: the shape ESLint's JSON formatter prints. */
export interface LintMessage {
  ruleId: string;
  severity: Severity;
  message: string;
  messageId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** UTF-16 offsets of the flagged text in the file text. */
  range: [number, number];
  /** The flagged text as written. */
  actual: string;
  /** The expected text, where the rule knows it. */
  expected?: string;
  /** Link to the rule's documentation. */
  url: string;
  fix?: Fix;
  suggestions?: Suggestion[];
  /** Fix category (the rule's meta.category), used by --fix-type. */
  category: RuleCategory;
}

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** The file text after fixes, when fixing was asked for and changed something. */
  output?: string;
  /** The text that was linted (BOM excluded). */
  source: string;
  /** What the user should know about how the file was read (a Markdown file read as plain text …). */
  notices?: string[];
}

export type RuleCategory = 'word' | 'punctuation' | 'number' | 'structure' | 'whitespace' | 'term';

/** Kinds of prose blocks rules receive. */
export type BlockKind = 'heading' | 'paragraph' | 'listItem' | 'tableCell';

export interface Token {
  word: string;
  /** jieba part-of-speech tag (ICTCLAS set: n, v, a, d, m, q, uj, x …). */
  tag: string;
  /** UTF-16 offsets into the block text. */
  start: number;
  end: number;
}

/**
 * A unit of prose handed to rules: the plain text of one heading, paragraph, list item
 * paragraph or table cell (plain-text files: one line). Content that must never be linted
 * (inline code, HTML, URLs, images) is replaced by OBJECT_REPLACEMENT so that words on
 * either side are not joined.
 */
export interface Block {
  kind: BlockKind;
  text: string;
  /** Heading depth (Markdown headings only). */
  depth?: number;
  /** Inside a Markdown blockquote. */
  quoted: boolean;
  /** The list marker as written (e.g. "1." or "-"), for Markdown list items. */
  listMarker?: string;
  /** 1-based line in the file where the block starts. */
  line: number;
  /** Segmentation with POS tags, computed once on first use. */
  readonly tokens: readonly Token[];
}

/** Stands in the block text for masked content (code, HTML, URLs). */
export const OBJECT_REPLACEMENT = '\uFFFC';
