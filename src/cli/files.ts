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

export interface ExpandOptions {
  ignore?: readonly string[];
  /** A directory or glob that yields no file to lint is an error (default), as a missing file is. */
  errorOnUnmatched?: boolean;
}

/**
 * Files, directories and globs → files to lint. Directories are walked for .txt, .md and .docx
 * files, honouring .gitignore and the ignore patterns; a file named explicitly is linted even if
 * ignored, as in ESLint, unless its type is not supported.
 */
export async function expandPatterns(patterns: readonly string[], cwd: string, options: ExpandOptions = {}): Promise<FileList> {
  const { ignore = [], errorOnUnmatched = true } = options;
  const files = new Set<string>();
  const unsupported: string[] = [];
  const globby = () => import('globby'); // only when a directory or a glob has to be walked
  // globby's gitignore support only walks below its cwd: a base outside it is walked from itself.
  const walk = async (base: string, glob: string) => {
    const relative = path.relative(cwd, base);
    const outside = relative.startsWith('..') || path.isAbsolute(relative);
    const root = outside ? base : cwd;
    const pattern = outside || !relative ? glob : `${relative.split(path.sep).join('/')}/${glob}`;
    return (await globby()).globby([pattern], { cwd: root, absolute: true, gitignore: true, ignore: [...ALWAYS_IGNORED, ...ignore], dot: false });
  };
  const unmatched = (pattern: string, message: string) => {
    if (errorOnUnmatched) throw new UserError('FILE_NOT_FOUND', message, pattern);
  };
  for (const pattern of patterns) {
    const absolute = path.resolve(cwd, pattern);
    const stat = statSync(absolute, { throwIfNoEntry: false });
    if (stat?.isFile()) {
      if (isSupportedFile(absolute)) files.add(absolute);
      else unsupported.push(absolute);
      continue;
    }
    let matched: string[];
    if (stat?.isDirectory()) {
      matched = await walk(absolute, `**/*.{${SUPPORTED_EXTENSIONS.join(',')}}`);
      if (matched.length === 0) unmatched(pattern, `目录中没有可检查的 ${SUPPORTED_LIST} 文件`);
    } else if ((await globby()).isDynamicPattern(pattern)) {
      const { base, glob } = splitGlob(pattern);
      matched = (await walk(path.resolve(cwd, base), glob)).filter(isSupportedFile);
      if (matched.length === 0) unmatched(pattern, `没有与该模式匹配的 ${SUPPORTED_LIST} 文件`);
    } else {
      unmatched(pattern, '找不到该文件或目录');
      continue;
    }
    for (const file of matched) files.add(path.normalize(file));
  }
  return { files: [...files].sort(), unsupported };
}

const SUPPORTED_LIST = '.txt、.md 或 .docx';

/** `../x/**\/*.md` → base `../x`, glob `**\/*.md`: the leading segments without glob syntax. */
function splitGlob(pattern: string): { base: string; glob: string } {
  const segments = pattern.split('/');
  let staticCount = 0;
  while (staticCount < segments.length - 1 && !/[*?[\]{}()!+@]/.test(segments[staticCount])) staticCount++;
  const base = segments.slice(0, staticCount).join('/') || (pattern.startsWith('/') ? '/' : '.');
  return { base, glob: segments.slice(staticCount).join('/') };
}
