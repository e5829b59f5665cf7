/**
 * The library API: lint text or files with the same engine and config as the CLI.
 *
 *   import { lintText, lintFiles, fixText } from 'gongwen-lint';
 *   const result = await lintText('围绕围绕中心工作。', { filePath: 'report.md' });
 */
import path from 'node:path';
import { configForFile, configFromFile, configFromObject } from './config/load.js';
import type { ResolvedConfig, UserConfig } from './config/types.js';
import { fixUntilStable } from './engine/fixer.js';
import { lintSource, summarize } from './engine/lint.js';
import type { SourceFormat } from './source/document.js';
import { decode, describeInvalid, type DecodedText, type Encoding } from './io/decode.js';
import { readDocument } from './io/read.js';
import { docxText, isDocx, partPath, readDocx, writeRevisions, type DocxDocument, type RevisionCount } from './io/docx.js';
import { expandPatterns } from './cli/files.js';
import { UserError } from './errors.js';
import type { LintMessage, LintResult, RuleCategory } from './types.js';

export type { LintMessage, LintResult, Severity, Fix, Suggestion, Block, Token } from './types.js';
export type { Rule, RuleMeta, RuleContext, Settings } from './engine/rule.js';
export type { UserConfig, ResolvedConfig } from './config/types.js';
export { UserError } from './errors.js';
export { default as remarkGongwen } from './remark.js';
export { toVFileMessages as toVFile } from './vfile-messages.js';

export interface LintTextOptions {
  /** Decides the format (.md → Markdown) and where the config is searched from. */
  filePath?: string;
  /** A config object (paths relative to the working directory) or a resolved config; default: the nearest config file. */
  config?: UserConfig | ResolvedConfig;
  /** Overrides the format given by filePath. */
  format?: SourceFormat;
}

export interface FixOptions extends LintTextOptions {
  /** Only fixes of these categories (word, punctuation, number, structure, whitespace, term). */
  fixTypes?: readonly string[];
}

export async function resolveOptionsConfig(options: LintTextOptions): Promise<ResolvedConfig> {
  const { config, filePath } = options;
  if (config && isResolved(config)) return config;
  if (config) return configFromObject(config);
  return configForFile(filePath ?? path.join(process.cwd(), '<text>'));
}

function isResolved(config: UserConfig | ResolvedConfig): config is ResolvedConfig {
  const rules = (config as ResolvedConfig).rules;
  return Array.isArray((config as ResolvedConfig).dictionaries) && rules !== undefined &&
    Object.values(rules).every((rule) => typeof rule === 'object' && rule !== null && 'level' in rule);
}

/** Lints a text. Positions are in the text given (a leading BOM is ignored). */
export async function lintText(text: string, options: LintTextOptions = {}): Promise<LintResult> {
  const config = await resolveOptionsConfig(options);
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return lintSource(source, { config, filePath: options.filePath, format: options.format });
}

/** Applies safe fixes until stable; returns the fixed text and what remains. */
export async function fixText(text: string, options: FixOptions = {}): Promise<LintResult & { output: string }> {
  const config = await resolveOptionsConfig(options);
  const fixTypes = options.fixTypes && checkFixTypes(options.fixTypes);
  const accept = (m: LintMessage) => !fixTypes || fixTypes.includes(m.category);
  const lint = async (t: string) => (await lintSource(t, { config, filePath: options.filePath, format: options.format })).messages;
  const { output } = await fixUntilStable(text, lint, accept);
  const remaining = await lintSource(output, { config, filePath: options.filePath, format: options.format });
  return { ...remaining, output };
}

export const FIX_TYPES: readonly RuleCategory[] = ['word', 'punctuation', 'number', 'structure', 'whitespace', 'term'];

/** Validates fix categories (as given to --fix-type) and returns them. */
export function checkFixTypes(types: readonly string[]): RuleCategory[] {
  const unknown = types.filter((type) => !(FIX_TYPES as readonly string[]).includes(type));
  if (unknown.length || types.length === 0) {
    throw new UserError('USAGE', `未知的修复类别 "${unknown.join(',')}"，可用：${FIX_TYPES.join(', ')}`);
  }
  return types as RuleCategory[];
}

export interface LintFilesOptions {
  cwd?: string;
  /** Extra ignore globs (as --ignore-pattern). */
  ignorePatterns?: string[];
  /** An explicit config file (as --config); default: the nearest config above each file. */
  configFile?: string;
  config?: UserConfig;
  encoding?: Encoding;
}

export interface FileLintResult extends LintResult {
  /** A file that could not be read or decoded: nothing was linted. */
  error?: { code: string; message: string };
  /**
   * A Word document's other parts that have problems (headers, footers, footnotes, text boxes),
   * each a result of its own with a path such as 报告.docx#页眉 or 报告.docx#脚注2; see withParts.
   */
  parts?: FileLintResult[];
}

/** Results with every Word document's parts after its body, as reporters list them. */
export function withParts(results: readonly FileLintResult[]): FileLintResult[] {
  return results.flatMap(({ parts, ...result }) => [result, ...(parts ?? [])]);
}

/** Lints files, directories and globs. A file that cannot be read is reported, not thrown. */
export async function lintFiles(patterns: readonly string[], options: LintFilesOptions = {}): Promise<FileLintResult[]> {
  const cwd = options.cwd ?? process.cwd();
  const { files } = await expandPatterns(patterns, cwd, { ignore: options.ignorePatterns });
  const results: FileLintResult[] = [];
  for (const file of files) {
    const config = options.configFile
      ? await configFromFile(options.configFile)
      : options.config
        ? await configFromObject(options.config, cwd)
        : await configForFile(file);
    results.push(await lintFile(file, config, options.encoding));
  }
  return withParts(results);
}

export async function lintFile(file: string, config: ResolvedConfig, encoding?: Encoding): Promise<FileLintResult> {
  try {
    if (isDocx(file)) return await lintWordParts(await readDocx(readDocument(file).bytes, file), file, config);
    const decoded = await readTextFile(file, encoding);
    const result = await lintSource(decoded.text, { config, filePath: file });
    const notice = damagedNotice(decoded);
    return notice ? { ...result, notices: [notice, ...(result.notices ?? [])] } : result;
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return fileErrorResult(file, error);
  }
}

/** What is said about a text read as UTF-8 in spite of invalid bytes. */
export function damagedNotice({ damaged }: DecodedText): string | undefined {
  return damaged && `不是有效的 UTF-8：${describeInvalid(damaged)}；已按 UTF-8 检查，无效字节显示为 \uFFFD，--fix 不会写回此文件`;
}

/** Reads and decodes a file; an unreadable, binary or undecodable file (or not a regular file) is a UserError. */
export async function readTextFile(file: string, encoding?: Encoding): Promise<DecodedText> {
  return decodeFile(readDocument(file).bytes, file, encoding);
}


/** Every part of a Word document linted on its own: the body's result, with the parts that have problems. */
async function lintWordParts(document: DocxDocument, file: string, config: ResolvedConfig): Promise<FileLintResult> {
  const [body, ...parts] = await Promise.all(document.parts.map((part) => lintSource(part.text, { config, filePath: partPath(file, part.name) })));
  return { ...body, parts: parts.filter((part) => part.messages.length) };
}

export interface ReviseDocxOptions extends FixOptions {
  /** A comment on every problem (the reviewed copy); without, only the fixes as tracked changes (--fix). */
  comments: boolean;
  /** The date on comments and changes (default: now). */
  date?: Date;
}

export interface RevisedDocx extends RevisionCount {
  /** The revised document: the bytes of a .docx (or .docm) file. */
  bytes: Uint8Array;
  /** Problems found (with comments) or those left after the fixes (without), per part as lintFile gives them. */
  result: FileLintResult;
  /** Each part's text before and after the changes (what accepting them all gives). */
  texts: Array<{ filePath: string; before: string; after: string }>;
}

/**
 * A Word document revised as a proofreader would: each fix a tracked change (修订), and with
 * `comments` each problem a comment (批注) on the flagged text; accepting every change gives what
 * fixText gives for the same text. The input bytes are not changed.
 */
export async function reviseDocx(bytes: Uint8Array, file: string, options: ReviseDocxOptions): Promise<RevisedDocx> {
  const config = await resolveOptionsConfig({ ...options, filePath: file });
  const document = await readDocx(bytes, file);
  const fixes = await Promise.all(document.parts.map((part) => fixText(part.text, { ...options, config, filePath: partPath(file, part.name), format: 'text' })));
  const found = options.comments ? await Promise.all(document.parts.map((part) => lintSource(part.text, { config, filePath: partPath(file, part.name) }))) : fixes;
  const revisions = document.parts.map((part, i) => ({
    part,
    revisedText: fixes[i].output,
    comments: options.comments ? found[i].messages.map((message) => ({ range: message.range, paragraphs: commentText(message, part.text) })) : [],
  }));
  const texts = document.parts.map((part, i) => ({ filePath: partPath(file, part.name), before: part.text, after: fixes[i].output }));
  const written = await writeRevisions(document, revisions, options.date);
  const [body, ...parts] = found.map(({ output: _output, ...result }: LintResult) => result);
  return { ...written, texts, result: { ...body, parts: parts.filter((part) => part.messages.length) } };
}

/** A comment's paragraphs: the message, the suggested change, the rule and its documentation. */
function commentText(message: LintMessage, text: string): string[] {
  const fix = message.fix ?? message.suggestions?.[0]?.fix;
  const old = fix && text.slice(fix.range[0], fix.range[1]);
  const suggestion = !fix ? undefined : !old ? `建议：插入“${fix.text}”` : !fix.text ? `建议：删去“${old}”` : `建议：“${old}”改为“${fix.text}”`;
  return [message.message, ...(suggestion ? [suggestion] : []), `规则：${message.ruleId}${message.url ? `（${message.url}）` : ''}`];
}

/** A file's bytes as text: a .docx file's paragraphs, any other file decoded by its encoding. */
export async function decodeFile(bytes: Uint8Array, file: string, encoding?: Encoding): Promise<DecodedText> {
  if (isDocx(file)) return { text: await docxText(bytes, file), encoding: 'utf-8', bom: false };
  return decode(bytes, file, encoding);
}

/** The result for a file that could not be linted: no messages, the error instead. */
export function fileErrorResult(file: string, error: UserError): FileLintResult {
  return {
    ...summarize(file, [], ''),
    error: { code: error.code, message: error.message },
  };
}
