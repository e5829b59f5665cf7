/**
 * Word documents written back: --review makes a reviewed copy (comments and tracked changes),
 * --fix writes the fixes into the document as tracked changes, --fix-dry-run shows them as a
 * diff of the text. The original is only ever replaced atomically, and only by --fix.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileErrorResult, reviseDocx, type FileLintResult } from '../api.js';
import type { ResolvedConfig } from '../config/types.js';
import { UserError } from '../errors.js';
import { readDocument } from '../io/read.js';
import { reviewedName } from '../io/reviewed-name.js';
import { writeFileAtomic, writeFileSafely } from '../io/write.js';
import type { RuleCategory } from '../types.js';

export type WordWriteMode = 'review' | 'fix' | 'dry-run';

export interface WordWrite {
  mode: WordWriteMode;
  config: ResolvedConfig;
  fixTypes?: RuleCategory[];
  /** Where the reviewed copy goes (default: 报告.审校.docx beside 报告.docx). */
  outputFile?: string;
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export async function writeWordRevisions(file: string, run: WordWrite): Promise<FileLintResult> {
  const shown = (p: string) => path.relative(run.cwd, p);
  try {
    const snapshot = readDocument(file);
    const revised = await reviseDocx(snapshot.bytes, file, { config: run.config, fixTypes: run.fixTypes, comments: run.mode === 'review' });
    if (revised.skipped) run.stderr(`gongwen-lint: ${shown(file)}: ${revised.skipped} 处修复跨越段落、制表符或域，不能写成修订，未改动\n`);
    if (run.mode === 'dry-run') {
      const { createTwoFilesPatch } = await import('diff'); // only to print a diff
      for (const { filePath, before, after } of revised.texts) if (before !== after) run.stdout(createTwoFilesPatch(shown(filePath), shown(filePath), before, after));
    } else if (run.mode === 'fix') {
      if (revised.changes) writeFileSafely(file, revised.bytes, snapshot);
    } else {
      const target = run.outputFile ? path.resolve(run.cwd, run.outputFile) : reviewedName(file);
      if (target === file) throw new UserError('USAGE', '审校稿不能覆盖原文件，请用 --output-file 另指定文件名', file);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileAtomic(target, revised.bytes);
      run.stderr(`gongwen-lint: 已生成审校稿 ${shown(target)}（批注 ${revised.comments} 条，修订 ${revised.changes} 处）\n`);
    }
    return revised.result;
  } catch (error) {
    if (!(error instanceof UserError) || error.code === 'USAGE') throw error;
    return fileErrorResult(file, error);
  }
}
