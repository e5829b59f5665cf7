import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkFixTypes, lintFile, resolveOptionsConfig, withParts } from '../api.js';
import { isDocx } from '../io/docx.js';
import { clearConfigCache, configForFile, configFromFile } from '../config/load.js';
import type { ResolvedConfig } from '../config/types.js';
import { lintSource } from '../engine/lint.js';
import { UserError } from '../errors.js';
import { decode, type Encoding } from '../io/decode.js';
import { describeFsError, MAX_TEXT_BYTES, tooLarge } from '../io/read.js';
import { packageRoot } from '../package-root.js';
import { loadReporter, reporterNames } from '../reporters/index.js';
import { helpText, parseCliArgs, type CliOptions } from './args.js';
import { expandPatterns } from './files.js';
import { baselineResults } from './baseline.js';
import { CACHE_FILE, LintCache } from './lint-cache.js';
import { lintFiles as lintMany } from './lint-files.js';
import { writeStarterConfig } from './init.js';
import type { FileLintResult } from '../api.js';
import { fixFile, fixStdin, type FixRun } from './fix-files.js';

export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Text, or bytes (--stdin --fix prints the text in the input's own encoding). */
  stdout: (text: string | Uint8Array) => void;
  stderr: (text: string) => void;
  /** Reads standard input; may refuse (UserError) once it exceeds maxBytes. */
  readStdin: (maxBytes: number) => Promise<Uint8Array>;
  isTTY: boolean;
}

const ENCODINGS: readonly Encoding[] = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030'];

/** Runs the CLI and returns the exit code: 0 clean, 1 errors found, 2 usage/config/internal error. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  clearConfigCache(); // each run reads the config files afresh, as a new process would
  let debug = argv.includes('--debug');
  try {
    const { options, patterns } = parseCliArgs(argv);
    debug = Boolean(options.debug);
    if (options.help) return io.stdout(helpText()), 0;
    if (options.version) return io.stdout(`${packageVersion()}\n`), 0;
    if (options.lsp) return await (await import('../lsp/server.js')).runLanguageServer();
    // `serve` is a command, not a file to lint (a folder named serve is still linted as ./serve).
    if (patterns[0] === 'serve') return await (await import('../web/serve.js')).serve(options, patterns.slice(1), io);
    if (options.port !== undefined || options.open) throw new UserError('USAGE', '--port、--open 只用于 gongwen-lint serve');
    if (options.init) {
      const file = writeStarterConfig(io.cwd);
      io.stdout(`已生成 ${path.relative(io.cwd, file)}\n`);
      return 0;
    }
    if (options['print-config'] !== undefined) {
      const config = await configFor(path.resolve(io.cwd, options['print-config']), options, io.cwd);
      io.stdout(`${JSON.stringify(config, null, 2)}\n`);
      return 0;
    }
    return await lint(options, patterns, io);
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr(`gongwen-lint: ${error.format()}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`gongwen-lint: 内部错误：${message}\n`);
    if (debug) io.stderr(`${(error as Error).stack ?? ''}\n${causeStack(error)}`);
    else io.stderr('（加 --debug 可查看调用栈；欢迎提交问题报告）\n');
    return 2;
  }
}

async function lint(options: CliOptions, patterns: string[], io: CliIo): Promise<number> {
  const format = options.format ?? 'stylish';
  const reporterPromise = loadReporter(format);
  if (!reporterPromise) throw new UserError('USAGE', `未知的输出格式 "${format}"，可用：${reporterNames().join(', ')}`);
  const maxWarnings = options['max-warnings'] === undefined ? undefined : Number(options['max-warnings']);
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= -1)) {
    throw new UserError('USAGE', `--max-warnings 应为整数，得到 "${options['max-warnings']}"`);
  }
  const encoding = options.encoding as Encoding | undefined;
  if (encoding && !ENCODINGS.includes(encoding)) throw new UserError('USAGE', `未知的编码 "${encoding}"，可用：${ENCODINGS.join(', ')}`);

  const fixTypes = options['fix-type'] === undefined ? undefined : checkFixTypes(options['fix-type'].split(',').map((t) => t.trim()).filter(Boolean));
  const fixing = Boolean(options.fix || options['fix-dry-run']);
  const review = Boolean(options.review);
  if (review && (fixing || options.stdin)) throw new UserError('USAGE', '--review 不能与 --fix、--fix-dry-run 或 --stdin 同时使用');
  if (fixTypes && !fixing && !review) throw new UserError('USAGE', '--fix-type 须与 --fix 或 --fix-dry-run 一起使用');
  const displayName = (file: string | undefined) => (file && file !== '<stdin>' ? path.relative(io.cwd, file) : '<stdin>');
  const fixRun: FixRun = { encoding, fixTypes, dryRun: Boolean(options['fix-dry-run']), print: io.stdout, displayName };

  let results: FileLintResult[];
  if (options.stdin) {
    if (patterns.length) throw new UserError('USAGE', '--stdin 不能与文件参数同时使用');
    const filePath = options['stdin-filename'] ? path.resolve(io.cwd, options['stdin-filename']) : undefined;
    const config = await configFor(filePath ?? path.join(io.cwd, '<stdin>'), options, io.cwd);
    const bytes = await io.readStdin(MAX_TEXT_BYTES);
    if (bytes.length > MAX_TEXT_BYTES) throw tooLarge('<stdin>', MAX_TEXT_BYTES); // an injected reader may not have stopped at the limit
    const result = fixing
      ? await fixStdin(bytes, config, filePath, fixRun)
      : await lintSource(decode(bytes, '<stdin>', encoding).text, { config, filePath });
    results = [{ ...result, filePath: filePath ?? '<stdin>' }];
  } else {
    if (patterns.length === 0) throw new UserError('USAGE', '请指定要检查的文件或目录，例如：gongwen-lint 报告.md（--help 查看用法）');
    const cwdConfig = options.config ? await configFromFile(path.resolve(io.cwd, options.config)) : await configForFile(path.join(io.cwd, '<cwd>'));
    const ignore = [...(options['ignore-pattern'] ?? []), ...cwdConfig.ignorePatterns];
    const { files, unsupported } = await expandPatterns(patterns, io.cwd, { ignore, errorOnUnmatched: !options['no-error-on-unmatched-pattern'] });
    for (const file of unsupported) io.stderr(`gongwen-lint: ${path.relative(io.cwd, file)}: 不支持的文件类型，已跳过（支持 .txt、.md、.docx；.doc、.wps 请另存为 .docx）\n`);
    const cache = options.cache ? new LintCache(path.join(io.cwd, CACHE_FILE), io.cwd, packageVersion(), (message) => io.stderr(`gongwen-lint: ${message}\n`)) : undefined;
    results = fixing || review ? [] : await lintMany({ files, configFor: (file) => configFor(file, options, io.cwd), encoding, concurrency: options.concurrency, cache });
    if (review && options['output-file'] && files.filter(isDocx).length !== 1) throw new UserError('USAGE', '--review 与 --output-file 同用时只能给一个 Word 文档');
    // Fixing and reviewing write files: one at a time, in this thread. Ctrl-C lets the file being written finish, then stops.
    const interrupted = fixing || review ? deferInterrupts() : undefined;
    try {
      for (const file of fixing || review ? files : []) {
        await new Promise(setImmediate); // linting may never leave the microtask queue: let a signal in
        if (interrupted?.signal) break;
        const config = await configFor(file, options, io.cwd);
        if (isDocx(file)) {
          const mode = review ? 'review' : options['fix-dry-run'] ? 'dry-run' : 'fix';
          results.push(await (await import('./docx.js')).writeWordRevisions(file, { mode, config, fixTypes, outputFile: options['output-file'], cwd: io.cwd, stdout: io.stdout, stderr: io.stderr }));
          continue;
        }
        results.push(review ? await lintFile(file, config, encoding) : await fixFile(file, config, fixRun));
      }
      if (interrupted) await new Promise(setImmediate); // a signal during the last file
    } finally {
      interrupted?.restore();
    }
    if (interrupted?.signal) {
      io.stderr(`gongwen-lint: 已中断（${interrupted.signal}），已检查的 ${results.length} 个文件的修复已写回，其余文件未改动\n`);
      return 130;
    }
  }

  results = withParts(results);
  results = baselineResults({ file: options.baseline, write: options['write-baseline'], prune: options['prune-baseline'] }, results, io.cwd, io.stderr);
  for (const result of results) {
    if (result.error) io.stderr(`gongwen-lint: ${displayName(result.filePath)}: ${result.error.message}\n`);
    for (const notice of result.notices ?? []) io.stderr(`gongwen-lint: ${displayName(result.filePath)}: ${notice}\n`);
  }
  const shown = options.quiet ? results.map((r) => ({ ...r, messages: r.messages.filter((m) => m.severity === 'error'), warningCount: 0, infoCount: 0 })) : results;
  const color = options['no-color'] ? false : options.color ? true : io.isTTY && !io.env.NO_COLOR && io.env.FORCE_COLOR !== '0';
  const report = (await reporterPromise)(shown, { color, cwd: io.cwd });
  // With --stdin --fix the fixed text is the standard output: the report goes to standard error.
  const fixedTextOnStdout = options.stdin && options.fix && !options['fix-dry-run'];
  if (options['output-file'] && !review) writeReport(path.resolve(io.cwd, options['output-file']), report);
  else if (report) (fixedTextOnStdout ? io.stderr : io.stdout)(report);

  if (results.some((r) => r.error)) return 2;
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return 1;
  if (maxWarnings !== undefined && maxWarnings >= 0 && warnings > maxWarnings) {
    io.stderr(`gongwen-lint: 警告 ${warnings} 个，超过了 --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}

/** -o: the report file; a folder that does not exist is the user's error, not an internal one. */
function writeReport(file: string, report: string): void {
  try {
    writeFileSync(file, report);
  } catch (error) {
    throw new UserError('USAGE', `无法写入报告文件：${describeFsError(error as NodeJS.ErrnoException, '写入')}`, file);
  }
}

/**
 * While files are being fixed, SIGINT, SIGTERM and SIGHUP only take note: the file being written
 * is finished (writes are synchronous) and no further file is started.
 */
function deferInterrupts(): { signal?: NodeJS.Signals; restore: () => void } {
  const state: { signal?: NodeJS.Signals; restore: () => void } = { restore: () => {} };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const note = (signal: NodeJS.Signals) => void (state.signal ??= signal);
  for (const signal of signals) process.on(signal, note);
  state.restore = () => {
    for (const signal of signals) process.off(signal, note);
  };
  return state;
}

function configFor(file: string, options: CliOptions, cwd: string): Promise<ResolvedConfig> {
  return options.config ? configFromFile(path.resolve(cwd, options.config)) : resolveOptionsConfig({ filePath: file });
}

function packageVersion(): string {
  return JSON.parse(readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')).version;
}

function causeStack(error: unknown): string {
  const cause = (error as Error)?.cause as Error | undefined;
  return cause?.stack ? `原因：${cause.stack}\n` : '';
}

