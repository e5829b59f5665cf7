import path from 'node:path';
import { LineIndex } from '../source/location.js';
import type { LintResult } from '../types.js';

/** Path of a result as CI tools want it: relative to cwd, with forward slashes. */
export function relativePath(filePath: string, cwd: string): string {
  return (path.relative(cwd, filePath) || filePath).split(path.sep).join('/');
}

/**
 * Columns in the units some CI formats demand (SARIF: UTF-16 code units; reviewdog: UTF-8
 * bytes), computed by the source module's LineIndex from the linted text and a file offset.
 */
export function columnsOf(result: LintResult) {
  const index = new LineIndex(result.source);
  return {
    /** 1-based UTF-16 column of a file offset. */
    utf16: (offset: number) => index.utf16Column(offset) + 1,
    /** 1-based UTF-8 byte column of a file offset. */
    utf8: (offset: number) => {
      const start = index.lineStart(index.lineOf(offset));
      return Buffer.byteLength(result.source.slice(start, offset), 'utf8') + 1;
    },
    line: (offset: number) => index.lineOf(offset),
  };
}
