import type { LintMessage, Severity } from '../types.js';
import type { Reporter } from './types.js';

/** ESLint's numeric severities; info has none there and is 0. */
export const ESLINT_SEVERITY: Record<Severity, 0 | 1 | 2> = { error: 2, warn: 1, info: 0 };

/** ESLint-compatible JSON: an array of results, ranges in UTF-16 offsets of the file text. */
export const json: Reporter = (results) =>
  JSON.stringify(
    results.map((result) => ({
      filePath: result.filePath,
      messages: result.messages.map(toEslintMessage),
      errorCount: result.errorCount,
      warningCount: result.warningCount,
      infoCount: result.infoCount,
      fixableErrorCount: result.fixableErrorCount,
      fixableWarningCount: result.fixableWarningCount,
    })),
  );

function toEslintMessage(m: LintMessage) {
  return {
    ruleId: m.ruleId,
    severity: ESLINT_SEVERITY[m.severity],
    message: m.message,
    messageId: m.messageId,
    line: m.line,
    column: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn,
    actual: m.actual,
    ...(m.expected !== undefined ? { expected: m.expected } : {}),
    ...(m.fix ? { fix: m.fix } : {}),
    ...(m.suggestions ? { suggestions: m.suggestions } : {}),
  };
}
