import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { UserError } from '../errors.js';
import type { LintMessage, Severity } from '../types.js';

export const SOURCE = 'gongwen-lint';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warn: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/**
 * A lint message as an LSP diagnostic. Message ranges are UTF-16 offsets into the linted text,
 * which is the document text without a leading BOM (`base` = 1 when there is one).
 */
export function toDiagnostic(message: LintMessage, document: TextDocument, base: number): Diagnostic {
  return {
    range: { start: document.positionAt(base + message.range[0]), end: document.positionAt(base + message.range[1]) },
    severity: SEVERITY[message.severity],
    code: message.ruleId,
    codeDescription: { href: message.url },
    source: SOURCE,
    message: message.message,
  };
}

/** A config or internal error shown at the top of the document instead of crashing the server. */
export function errorDiagnostic(error: unknown): Diagnostic {
  const userError = error instanceof UserError;
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Error,
    ...(userError ? { code: error.code } : {}),
    source: SOURCE,
    message: describeError(error),
  };
}

/** What the user should know about how the document was read (Markdown read as plain text …). */
export function noticeDiagnostic(notice: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: SOURCE,
    message: `gongwen-lint：${notice}`,
  };
}

export function describeError(error: unknown): string {
  if (error instanceof UserError) return `gongwen-lint 配置错误：${error.format()}`;
  return `gongwen-lint 内部错误：${error instanceof Error ? error.message : String(error)}`;
}
