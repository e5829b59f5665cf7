import type { Root } from 'mdast';
import type { ResolvedConfig } from '../config/types.js';
import { loadDictionary } from '../dict/load.js';
import { UserError } from '../errors.js';
import type { Dictionary, SubstitutionEntry, WordEntry } from '../dict/types.js';
import { startSegmenter, tag } from '../nlp/jieba.js';
import { loadModel } from '../model/load.js';
import { isSuppressed } from '../source/directives.js';
import { formatOf, readDocument, type SourceBlock, type SourceFormat } from '../source/document.js';
import { LineIndex } from '../source/location.js';
import { piecesOf } from '../source/pieces.js';
import type { Block, LintMessage, LintResult, Severity, Token } from '../types.js';
import { toFileFix, toFileRange, withEmptiedMarkup } from './fix-range.js';
import { loadRule } from './registry.js';
import type { ReportDescriptor, Rule, RuleContext, RuleHandlers } from './rule.js';
import { fillTemplate } from './template.js';
import { ruleUrl } from './urls.js';

export interface LintSourceOptions {
  config: ResolvedConfig;
  filePath?: string;
  /** Overrides the format guessed from the file name. */
  format?: SourceFormat;
  /** A Markdown tree already parsed from `text` (the remark plugin passes its own). */
  tree?: Root;
  /** Adds each rule's time (ms) under its id, and the reading of the text under "(source)" (benchmarks). */
  timings?: Map<string, number>;
}

/** A block as rules see it; tokens are segmented on first use only. */
class LazyBlock implements Block {
  private segmented?: Token[];
  readonly kind;
  readonly text;
  readonly depth;
  readonly quoted;
  readonly listMarker;
  readonly line;
  constructor(readonly source: SourceBlock) {
    ({ kind: this.kind, text: this.text, depth: this.depth, quoted: this.quoted, listMarker: this.listMarker, line: this.line } =
      source);
  }
  get tokens(): readonly Token[] {
    return (this.segmented ??= tag(this.text));
  }
  /** Tokens are most of the memory of a long document; a later reader segments again. */
  releaseTokens(): void {
    this.segmented = undefined;
  }
}

interface PendingReport {
  rule: Rule<object>;
  severity: Severity;
  descriptor: ReportDescriptor;
}

const needsTokens = (rule: Rule<object>) => rule.meta.needs?.includes('tokens') ?? false;

/** Runs the enabled rules over one text and returns its messages in file coordinates. */
export async function lintSource(text: string, options: LintSourceOptions): Promise<LintResult> {
  const { config, filePath } = options;
  const enabled = Object.entries(config.rules).filter(([, setting]) => setting.level !== 'off');
  const rules = await Promise.all(enabled.map(([id]) => loadRule(id)));
  // The segmentation model builds in the background while the document is parsed and the
  // rules load their dictionaries.
  if (rules.some(needsTokens)) startSegmenter();

  const { timings } = options;
  const sourceStarted = timings && performance.now();
  const lines = new LineIndex(text);
  const document = options.tree
    ? (await import('../source/markdown.js')).markdownDocument(options.tree, text, lines)
    : await readDocument(text, options.format ?? formatOf(filePath), lines);
  if (timings) timings.set('(source)', (timings.get('(source)') ?? 0) + performance.now() - sourceStarted!);
  const run = <T>(rule: Rule<object>, body: () => T): T => {
    if (!timings) return guard(rule, filePath, body);
    const started = performance.now();
    try {
      return guard(rule, filePath, body);
    } finally {
      timings.set(rule.meta.id, (timings.get(rule.meta.id) ?? 0) + performance.now() - started);
    }
  };
  const blocks = document.blocks.map((source) => new LazyBlock(source));

  const pending: PendingReport[] = [];
  const runners: Array<{ rule: Rule<object>; handlers: RuleHandlers }> = [];
  rules.forEach((rule, index) => {
    const { level, options: ruleOptions } = enabled[index][1];
    const context: RuleContext<Record<string, unknown>> = {
      options: { ...(rule.meta.options ?? {}), ...ruleOptions },
      settings: config.settings,
      filePath,
      fileText: text,
      report: (descriptor) => pending.push({ rule, severity: level as Severity, descriptor }),
      substitutions: (kind) => loadDictionary(kind, config.dictionaries) as unknown as Dictionary<SubstitutionEntry>,
      words: (kind) => loadDictionary(kind, config.dictionaries) as unknown as Dictionary<WordEntry>,
      model: () => {
        if (!rule.meta.needs?.includes('model')) throw new Error(`rule ${rule.meta.id} reads the model without needs: ['model']`);
        return loadModel();
      },
    };
    runners.push({ rule, handlers: run(rule, () => rule.create(context as RuleContext<object>)) });
  });

  // Rules without segmentation go first, while the model may still be building. Rules with
  // tokens see a long block in pieces cut at sentence ends (their cost per block is not linear).
  const tokenRunners = runners.filter(({ rule }) => needsTokens(rule));
  const pieces = () =>
    blocks.flatMap((block) => {
      const cut = piecesOf(block.source, (offset) => lines.lineOf(offset));
      return cut.length === 1 ? [block] : cut.map((piece) => new LazyBlock(piece));
    });
  for (const [group, groupBlocks] of [
    [runners.filter(({ rule }) => !needsTokens(rule)), blocks],
    [tokenRunners, tokenRunners.length ? pieces() : []],
  ] as const) {
    for (const block of groupBlocks) {
      for (const { rule, handlers } of group) {
        const byKind = handlers[block.kind];
        if (byKind) run(rule, () => byKind.call(handlers, block));
        if (handlers.block) run(rule, () => handlers.block!(block));
      }
      block.releaseTokens();
    }
  }
  for (const { rule, handlers } of runners) {
    if (handlers.documentEnd) run(rule, () => handlers.documentEnd!(blocks));
  }

  const allowed = allowedSpans(config.allow);
  const seen = new Set<string>();
  const messages: LintMessage[] = [];
  for (const report of pending) {
    const message = toMessage(report, text, lines);
    if (!message) continue;
    const block = report.descriptor.block as LazyBlock;
    if (allowed(block, report.descriptor.range)) continue;
    if (isSuppressed(document.directives, message.ruleId, message.range[0], message.line)) continue;
    const key = `${message.ruleId}:${message.messageId}:${message.range[0]}:${message.range[1]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    messages.push(message);
  }
  messages.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1] || a.ruleId.localeCompare(b.ruleId));
  const result = summarize(filePath ?? '<text>', messages, text);
  return document.notices ? { ...result, notices: document.notices } : result;
}

function toMessage(report: PendingReport, text: string, lines: LineIndex): LintMessage | undefined {
  const { rule, severity, descriptor } = report;
  const { meta } = rule;
  const block = descriptor.block as LazyBlock;
  const { map } = block.source;
  const [start, end] = descriptor.range;
  if (!(start >= 0 && start <= end && end <= block.text.length)) {
    throw new Error(`rule ${meta.id} reported range [${start}, ${end}) outside its block (length ${block.text.length})`);
  }
  const template = meta.messages[descriptor.messageId];
  if (template === undefined) throw new Error(`rule ${meta.id} reported unknown messageId "${descriptor.messageId}"`);

  const fixOf = (range = descriptor.range, replacement: string) => {
    const fileFix = toFileFix(block.text, map, range, replacement);
    return fileFix && withEmptiedMarkup(fileFix, block.source.inlineMarkup);
  };
  const ruleFix = descriptor.fix ? fixOf(descriptor.fix.range, descriptor.fix.text) : undefined;
  const fix = ruleFix && !ruleFix.suggestOnly ? ruleFix.fix : undefined;
  const actual = block.text.slice(start, end);
  const expectedFromFix =
    descriptor.fix && (!descriptor.fix.range || (descriptor.fix.range[0] === start && descriptor.fix.range[1] === end))
      ? descriptor.fix.text
      : undefined;
  const data = { actual, ...(expectedFromFix !== undefined ? { expected: expectedFromFix } : {}), ...descriptor.data };
  const demoted = ruleFix?.suggestOnly ? [{ desc: `${fillTemplate(template, data)}（连同链接一起删除）`, fix: ruleFix.fix }] : [];
  const suggestions = demoted.concat((descriptor.suggest ?? []).flatMap((suggestion) => {
    const suggestionFix = fixOf(suggestion.range, suggestion.text)?.fix;
    if (!suggestionFix) return [];
    const desc = suggestion.messageId
      ? fillTemplate(meta.messages[suggestion.messageId] ?? suggestion.messageId, { ...data, expected: suggestion.text })
      : suggestion.desc ?? `改为“${suggestion.text}”`;
    return [{ desc, fix: suggestionFix }];
  }));

  const range = toFileRange(map, block.text.length, start, end);
  const from = lines.position(range[0]);
  const to = lines.position(range[1]);
  return {
    ruleId: meta.id,
    severity,
    message: fillTemplate(template, data),
    messageId: descriptor.messageId,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    range,
    actual: text.slice(range[0], range[1]),
    ...(data.expected !== undefined ? { expected: String(data.expected) } : {}),
    url: ruleUrl(meta.id),
    ...(fix ? { fix } : {}),
    ...(suggestions.length ? { suggestions } : {}),
    category: meta.category,
  };
}

/** The allow-list: a report overlapping an occurrence of an allowed word is dropped. */
function allowedSpans(words: readonly string[]) {
  const cache = new WeakMap<Block, Array<[number, number]>>();
  return (block: Block, [start, end]: readonly [number, number]) => {
    if (words.length === 0) return false;
    let spans = cache.get(block);
    if (!spans) {
      spans = [];
      for (const word of words) {
        for (let i = block.text.indexOf(word); i >= 0 && word; i = block.text.indexOf(word, i + 1)) spans.push([i, i + word.length]);
      }
      cache.set(block, spans);
    }
    return spans.some(([a, b]) => start < b && (end > a || (start === end && start >= a)));
  };
}

export function summarize(filePath: string, messages: LintMessage[], source: string): LintResult {
  const count = (severity: Severity, fixable = false) =>
    messages.filter((m) => m.severity === severity && (!fixable || m.fix)).length;
  return {
    filePath,
    messages,
    errorCount: count('error'),
    warningCount: count('warn'),
    infoCount: count('info'),
    fixableErrorCount: count('error', true),
    fixableWarningCount: count('warn', true),
    source,
  };
}

/** Runs rule code; a crash becomes an internal error that names the rule and the file. */
function guard<T>(rule: Rule<object>, filePath: string | undefined, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof UserError) throw error; // a broken installation, not a bug of the rule
    const wrapped = new Error(`规则 ${rule.meta.id} 在处理 ${filePath ?? '<text>'} 时出错：${(error as Error).message}`);
    wrapped.cause = error;
    throw wrapped;
  }
}
