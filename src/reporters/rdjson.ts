import { HOMEPAGE } from '../engine/urls.js';
import type { Fix, Severity } from '../types.js';
import { columnsOf, relativePath } from './positions.js';
import type { Reporter } from './types.js';

const SEVERITY: Record<Severity, string> = { error: 'ERROR', warn: 'WARNING', info: 'INFO' };

/**
 * reviewdog's Diagnostic Format (rdjson): `reviewdog -f=rdjson`. Positions are 1-based lines
 * and UTF-8 byte columns, as its proto defines; safe fixes (else suggestions) become suggestions.
 */
export const rdjson: Reporter = (results, { cwd }) => {
  const diagnostics = results.flatMap((result) => {
    const columns = columnsOf(result);
    const position = (offset: number) => ({ line: columns.line(offset), column: columns.utf8(offset) });
    const range = ([start, end]: readonly [number, number]) => ({ start: position(start), end: position(end) });
    const suggestion = (fix: Fix) => ({ range: range(fix.range), text: fix.text });
    return result.messages.map((m) => {
      const fixes = m.fix ? [m.fix] : (m.suggestions ?? []).map((s) => s.fix);
      return {
        message: m.message,
        location: { path: relativePath(result.filePath, cwd), range: range(m.range) },
        severity: SEVERITY[m.severity],
        code: { value: m.ruleId, ...(m.url ? { url: m.url } : {}) },
        ...(fixes.length ? { suggestions: fixes.map(suggestion) } : {}),
      };
    });
  });
  return `${JSON.stringify({ source: { name: 'gongwen-lint', url: HOMEPAGE }, diagnostics })}\n`;
};
