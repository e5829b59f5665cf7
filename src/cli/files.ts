import { statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { SUPPORTED_EXTENSIONS, isSupportedFile } from '../source/document.js';

export interface FileList {
  /** Absolute paths of the files to lint, in a stable order. */
  files: string[];
  /** Files named explicitly whose type is not supported (they are skipped). */
  unsupported: string[];
}

const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

/**
 * Files, directories and globs → files to lint. Directories are walked for .txt and .md files,
 * honouring .gitignore and the ignore patterns; a file named explicitly is linted even if
 * ignored, as in ESLint, unless its type is not supported.
 */
export async function expandPatterns(patterns: readonly string[], cwd: string, ignore: readonly string[] = []): Promise<FileList> {
  const files = new Set<string>();
  const unsupported: string[] = [];
  // globby is imported only when a directory or a glob has to be walked.
  const walk = async (globs: string[], root = cwd) =>
    (await import('globby')).globby(globs, { cwd: root, absolute: true, gitignore: true, ignore: [...ALWAYS_IGNORED, ...ignore], dot: false });
  for (const pattern of patterns) {
    const absolute = path.resolve(cwd, pattern);
    const stat = statSync(absolute, { throwIfNoEntry: false });
    if (stat?.isFile()) {
      if (isSupportedFile(absolute)) files.add(absolute);
      else unsupported.push(absolute);
      continue;
    }
    if (stat?.isDirectory()) {
      // globby's gitignore support only walks below its cwd: a folder outside is walked from itself.
      const relative = path.relative(cwd, absolute);
      const outside = relative.startsWith('..') || path.isAbsolute(relative);
      const base = outside ? '.' : relative.split(path.sep).join('/') || '.';
      const glob = `${base}/**/*.{${SUPPORTED_EXTENSIONS.join(',')}}`;
      for (const file of await walk([glob], outside ? absolute : cwd)) files.add(path.normalize(file));
      continue;
    }
    if (!(await import('globby')).isDynamicPattern(pattern)) throw new UserError('FILE_NOT_FOUND', '找不到该文件或目录', pattern);
    const matched = (await walk([pattern])).filter(isSupportedFile);
    if (matched.length === 0) throw new UserError('FILE_NOT_FOUND', '没有与该模式匹配的 .txt、.md 或 .docx 文件', pattern);
    for (const file of matched) files.add(path.normalize(file));
  }
  return { files: [...files].sort(), unsupported };
}
