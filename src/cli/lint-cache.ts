/**
 * --cache: results of unchanged files are reused. An entry is valid while the file's bytes,
 * its resolved config (with the contents of user dictionaries) and the tool version are the
 * same; the text is not stored, it is decoded again from the bytes read for the hash.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FileLintResult } from '../api.js';
import type { ResolvedConfig } from '../config/types.js';
import { writeFileAtomic } from '../io/write.js';

export const CACHE_FILE = '.gongwen-cache';

type CachedResult = Omit<FileLintResult, 'source' | 'filePath'>;
interface CacheEntry {
  key: string;
  result: CachedResult;
}

export class LintCache {
  private readonly entries: Record<string, CacheEntry>;
  private readonly configKeys = new WeakMap<ResolvedConfig, string>();
  private changed = false;

  constructor(
    private readonly file: string,
    private readonly cwd: string,
    private readonly version: string,
    /** A cache that cannot be saved is a warning: the run's results are right all the same. */
    private readonly warn: (message: string) => void = () => {},
  ) {
    let stored: unknown;
    try {
      stored = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      // No cache yet, an unreadable one, or a folder of that name: start afresh.
    }
    const { version: storedVersion, files } = (stored ?? {}) as { version?: unknown; files?: unknown };
    this.entries = storedVersion === version && isRecord(files) ? files as Record<string, CacheEntry> : {};
  }

  key(bytes: Uint8Array, config: ResolvedConfig, encoding = ''): string {
    let configKey = this.configKeys.get(config);
    if (!configKey) {
      const hash = createHash('sha256').update(JSON.stringify(config));
      for (const dictionary of config.dictionaries) hash.update(readFileSync(dictionary));
      configKey = hash.digest('hex');
      this.configKeys.set(config, configKey);
    }
    return createHash('sha256').update(bytes).update(`\0${configKey}\0${encoding}\0${this.version}`).digest('hex');
  }

  /** The stored result, with the text decoded again (only on a hit); none if that fails. */
  async get(filePath: string, key: string, decodeSource: () => Promise<string | undefined>): Promise<FileLintResult | undefined> {
    const entry = this.entries[this.name(filePath)];
    if (entry?.key !== key || !isCachedResult(entry.result)) return undefined; // a malformed entry is linted again
    const source = await decodeSource();
    return source === undefined ? undefined : { ...entry.result, filePath, source };
  }

  set(result: FileLintResult, key: string): void {
    if (result.error) return;
    const { source: _source, filePath, ...rest } = result;
    this.entries[this.name(filePath)] = { key, result: rest };
    this.changed = true;
  }

  save(): void {
    if (!this.changed) return;
    try {
      writeFileAtomic(this.file, Buffer.from(JSON.stringify({ version: this.version, files: this.entries })));
    } catch (error) {
      this.warn(`警告：无法保存缓存 ${path.relative(this.cwd, this.file)}（${(error as NodeJS.ErrnoException).code ?? (error as Error).message}），下次将重新检查`);
    }
  }

  private name(filePath: string): string {
    return path.relative(this.cwd, filePath).split(path.sep).join('/');
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What get() hands to the reporters must have their shape; anything else in the file is ignored. */
function isCachedResult(result: unknown): result is CachedResult {
  if (!isRecord(result) || !Array.isArray(result.messages)) return false;
  const counts = ['errorCount', 'warningCount', 'infoCount', 'fixableErrorCount', 'fixableWarningCount'];
  return counts.every((count) => typeof result[count] === 'number') &&
    result.messages.every((m) => isRecord(m) && typeof m.ruleId === 'string' && typeof m.line === 'number' && typeof m.column === 'number' && typeof m.message === 'string');
}
