import { readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { describeFsError } from '../io/read.js';
import { SUPPORTED_EXTENSIONS, isSupportedFile } from '../source/document.js';

export interface FileList {
  /** Absolute paths of the files to lint, in a stable order. */
  files: string[];
  /** Files named explicitly whose type is not supported (they are skipped). */
  unsupported: string[];
}

// A reviewed copy (报告.审校.docx, written by --review) is our own output: walking a folder again skips it.
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**', '**/*.审校.doc[xm]'];

export interface ExpandOptions {
  ignore?: readonly string[];
  /** A directory or glob that yields no file to lint is an error (default), as a missing file is. */
  errorOnUnmatched?: boolean;
}

/**
 * Files, directories and globs → files to lint. Directories are walked for .txt, .md and .docx
 * files, honouring .gitignore and the ignore patterns; a file named explicitly is linted even if
 * ignored, as in ESLint, unless its type is not supported.
 *
 * Walking never follows a symbolic link (as ripgrep and ESLint): a linked folder may lead out of
 * the tree, to `/`, or round in a cycle. A path named explicitly is followed. A file reached
 * twice (named twice, or through a link named explicitly) is linted once.
 */
export async function expandPatterns(patterns: readonly string[], cwd: string, options: ExpandOptions = {}): Promise<FileList> {
  const { ignore = [], errorOnUnmatched = true } = options;
  const files = new Map<string, string>(); // real path → path as reached first
  const unsupported: string[] = [];
  const add = (file: string) => {
    const real = realPath(file);
    if (!files.has(real)) files.set(real, file);
  };
  const unmatched = (pattern: string, message: string) => {
    if (errorOnUnmatched) throw new UserError('FILE_NOT_FOUND', message, pattern);
  };
  // .gitignore files are honoured below the folder walked: a folder outside cwd is walked from itself.
  const walkFrom = (folder: string, glob: string) => {
    const relative = path.relative(cwd, folder);
    const outside = relative.startsWith('..') || path.isAbsolute(relative);
    const root = outside ? folder : cwd;
    const base = outside ? '.' : relative.split(path.sep).join('/') || '.';
    return walk([`${base}/${glob}`], root, ignore, base);
  };
  for (const pattern of patterns) {
    const absolute = path.resolve(cwd, pattern);
    const stat = statNamed(absolute, pattern);
    if (stat?.isDirectory()) {
      const found = await walkFrom(absolute, `**/*.{${SUPPORTED_EXTENSIONS.join(',')}}`);
      if (found.length === 0) unmatched(pattern, `目录中没有可检查的 ${SUPPORTED_LIST} 文件`);
      for (const file of found) add(file);
      continue;
    }
    if (stat) {
      // A regular file, or a FIFO or device named by the user: reading it says what it is.
      if (isSupportedFile(absolute) || !stat.isFile()) add(absolute);
      else unsupported.push(absolute);
      continue;
    }
    if (!(await import('globby')).isDynamicPattern(pattern)) {
      unmatched(pattern, '找不到该文件或目录');
      continue;
    }
    const { base, glob } = splitGlob(pattern);
    const matched = (await walkFrom(path.resolve(cwd, base), glob)).filter(isSupportedFile);
    if (matched.length === 0) unmatched(pattern, `没有与该模式匹配的 ${SUPPORTED_LIST} 文件`);
    for (const file of matched) add(file);
  }
  return { files: [...files.values()].sort(), unsupported };
}

/** The stat of a named path, following links; undefined when there is none; a link cycle is a UserError. */
function statNamed(absolute: string, pattern: string): Stats | undefined {
  try {
    return statSync(absolute, { throwIfNoEntry: false });
  } catch (error) {
    throw new UserError('FILE_UNREADABLE', describeFsError(error as NodeJS.ErrnoException, '读取'), pattern);
  }
}

function realPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file; // reading it will say why
  }
}

/**
 * Files matching `globs` below `root`, without following symbolic links, less those ignored by
 * the patterns given and by the .gitignore files below `base` and in the folders from `root` to it.
 * globby is imported only when a directory or a glob has to be walked.
 */
async function walk(globs: string[], root: string, ignore: readonly string[], base: string): Promise<string[]> {
  const { globby } = await import('globby');
  const options = { cwd: root, absolute: true, followSymbolicLinks: false, ignore: [...ALWAYS_IGNORED, ...ignore] };
  const [found, ignoreFiles] = await Promise.all([
    globby(globs, { ...options, dot: false }),
    globby([`${base}/**/.gitignore`], { ...options, dot: true }),
  ]);
  for (let folder = path.resolve(root, base); folder.startsWith(root) && folder !== root; folder = path.dirname(folder)) {
    ignoreFiles.push(path.join(path.dirname(folder), '.gitignore'));
  }
  const ignored = await gitIgnored(ignoreFiles, root);
  return found.map((file) => path.normalize(file)).filter((file) => !ignored(file));
}

/** A predicate for the rules of these .gitignore files, each applying below its own folder. */
async function gitIgnored(ignoreFiles: readonly string[], root: string): Promise<(file: string) => boolean> {
  const { default: gitignore } = await import('ignore');
  const rules = gitignore();
  for (const file of new Set(ignoreFiles)) {
    let content: string;
    try {
      content = readFileSync(file, 'utf8');
    } catch {
      continue; // a folder without one
    }
    const folder = path.relative(root, path.dirname(file)).split(path.sep).join('/');
    for (const line of content.split(/\r?\n/)) {
      if (!line.trim() || line.startsWith('#')) continue;
      const negated = line.startsWith('!');
      const pattern = negated ? line.slice(1) : line;
      const anchored = folder ? path.posix.join(folder, pattern.startsWith('/') || pattern.slice(0, -1).includes('/') ? pattern : `**/${pattern}`) : pattern;
      rules.add(negated ? `!${anchored}` : anchored);
    }
  }
  return (file) => {
    const relative = path.relative(root, file).split(path.sep).join('/');
    return Boolean(relative) && !relative.startsWith('..') && !path.isAbsolute(relative) && rules.ignores(relative);
  };
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
