import { CodeActionKind, type CodeAction, type Range, type TextEdit } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { SourceFormat } from '../source/document.js';
import type { Fix, LintMessage } from '../types.js';
import { toDiagnostic } from './diagnostics.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.gongwen-lint`;

/** The last lint of a document: what code actions are computed from. */
export interface LintedDocument {
  document: TextDocument;
  format: SourceFormat;
  /** 1 when the document text starts with a BOM (message offsets exclude it). */
  base: number;
  messages: readonly LintMessage[];
  /** How the document was read, when not as its format asked (LintResult.notices). */
  notices?: readonly string[];
}

/**
 * Quick fixes for the messages touching `range` (the fix, each suggestion, disabling the rule
 * for the line or the file) and "fix all" when the file has fixable problems. `fixAll` computes
 * the whole-file edit with the shared fixer; it is called only when that action is offered.
 */
export async function codeActions(
  linted: LintedDocument,
  range: Range,
  only: readonly string[] | undefined,
  fixAll: () => Promise<TextEdit | undefined>,
): Promise<CodeAction[]> {
  const { document, base, messages } = linted;
  const wanted = (kind: string) => !only || only.some((prefix) => kind === prefix || kind.startsWith(`${prefix}.`));
  const actions: CodeAction[] = [];
  const edit = (edits: TextEdit[]) => ({ changes: { [document.uri]: edits } });
  const fixEdit = (fix: Fix): TextEdit => ({ range: rangeOf(document, base, fix.range), newText: fix.text });

  if (wanted(CodeActionKind.QuickFix)) {
    let start = document.offsetAt(range.start) - base;
    let end = document.offsetAt(range.end) - base;
    const touched = (message: LintMessage) => message.range[0] <= end && message.range[1] >= start;
    if (!messages.some(touched)) {
      // The cursor elsewhere on a flagged line (at its start, say): the line's problems.
      start = document.offsetAt({ line: range.start.line, character: 0 }) - base;
      end = document.offsetAt({ line: range.end.line + 1, character: 0 }) - base - 1;
    }
    const disabled = new Set<string>();
    for (const message of messages) {
      if (!touched(message)) continue;
      const diagnostic = toDiagnostic(message, document, base);
      const quickFix = (title: string, edits: TextEdit[], isPreferred = false): CodeAction => ({
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        ...(isPreferred ? { isPreferred } : {}),
        edit: edit(edits),
      });
      if (message.fix) actions.push(quickFix(`修复：${message.message}`, [fixEdit(message.fix)], true));
      for (const suggestion of message.suggestions ?? []) actions.push(quickFix(suggestion.desc, [fixEdit(suggestion.fix)]));
      const key = `${message.ruleId}:${message.line}`;
      if (disabled.has(key)) continue;
      disabled.add(key);
      actions.push(quickFix(`在此行停用规则 ${message.ruleId}`, [disableNextLine(linted, message)]));
      actions.push(quickFix(`在本文件停用规则 ${message.ruleId}`, [disableFile(linted, message.ruleId)]));
    }
  }

  const fixable = messages.some((message) => message.fix);
  // Among the quick fixes "fix all" comes only next to a fixable problem, as in ESLint's extension;
  // as a source action (fix on save) only when asked for by kind.
  const kinds = [
    ...(actions.some((action) => action.isPreferred) ? [CodeActionKind.QuickFix] : []),
    ...(only && wanted(FIX_ALL_KIND) ? [FIX_ALL_KIND] : []),
  ];
  if (fixable && kinds.length) {
    const textEdit = await fixAll();
    if (textEdit) for (const kind of kinds) actions.push({ title: '修复本文件中所有可自动修复的问题（gongwen-lint）', kind, edit: edit([textEdit]) });
  }
  return actions;
}

/** One edit turning `before` into `after`: only the changed middle, so the cursor stays put. */
export function minimalEdit(document: TextDocument, before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let prefix = 0;
  const shorter = Math.min(before.length, after.length);
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < shorter - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) suffix++;
  return {
    range: { start: document.positionAt(prefix), end: document.positionAt(before.length - suffix) },
    newText: after.slice(prefix, after.length - suffix),
  };
}

function rangeOf(document: TextDocument, base: number, [start, end]: readonly [number, number]): Range {
  return { start: document.positionAt(base + start), end: document.positionAt(base + end) };
}

/**
 * `<!-- gongwen-lint-disable-next-line RULE -->` on its own line before the message's line. In
 * Markdown it repeats the line's indentation and blockquote markers so it stays in the same container.
 */
function disableNextLine({ document, format }: LintedDocument, message: LintMessage): TextEdit {
  const line = message.line - 1;
  const lineText = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const prefix = format === 'markdown' ? /^(?:[ \t]*>)*[ \t]*/.exec(lineText)![0] : '';
  const position = { line, character: 0 };
  return { range: { start: position, end: position }, newText: `${prefix}<!-- gongwen-lint-disable-next-line ${message.ruleId} -->${eol(document)}` };
}

/** `<!-- gongwen-lint-disable RULE -->` at the top (in Markdown after any front matter). */
function disableFile({ document, format, base }: LintedDocument, ruleId: string): TextEdit {
  const text = document.getText();
  const frontMatter = format === 'markdown' ? /^(?:---|\+\+\+)\r?\n[^]*?\r?\n(?:---|\+\+\+)[ \t]*(?:\r?\n|$)/.exec(text.slice(base)) : null;
  const position = document.positionAt(base + (frontMatter ? frontMatter[0].length : 0));
  const comment = `<!-- gongwen-lint-disable ${ruleId} -->${eol(document)}`;
  const needsBreak = frontMatter && !/\n$/.test(frontMatter[0]);
  return { range: { start: position, end: position }, newText: needsBreak ? `${eol(document)}${comment}` : comment };
}

function eol(document: TextDocument): string {
  return document.getText().includes('\r\n') ? '\r\n' : '\n';
}
