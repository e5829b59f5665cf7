import { VFile } from 'vfile';
import type { LintResult } from './types.js';

/** Adds a result's messages to a vfile: fatal true for errors, false for warnings, undefined for info. */
export function toVFileMessages(result: LintResult, file: VFile = new VFile({ path: result.filePath, value: result.source })): VFile {
  for (const m of result.messages) {
    const message = file.message(m.message, {
      place: {
        start: { line: m.line, column: m.column, offset: m.range[0] },
        end: { line: m.endLine, column: m.endColumn, offset: m.range[1] },
      },
      ruleId: m.ruleId,
      source: 'gongwen-lint',
    });
    message.fatal = m.severity === 'error' ? true : m.severity === 'warn' ? false : undefined;
    message.url = m.url;
    message.actual = m.actual;
    if (m.expected !== undefined) message.expected = [m.expected];
  }
  return file;
}
