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

  constructor(private readonly file: string, private readonly cwd: string, private readonly version: string) {
    let stored: { version?: string; files?: Record<string, CacheEntry> } = {};
    try {
      stored = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      // No cache yet, or an unreadable one: start afresh.
    }
    this.entries = stored.version === version && stored.files ? stored.files : {};
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
    if (entry?.key !== key) return undefined;
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
    if (this.changed) writeFileAtomic(this.file, Buffer.from(JSON.stringify({ version: this.version, files: this.entries })));
  }

  private name(filePath: string): string {
    return path.relative(this.cwd, filePath).split(path.sep).join('/');
  }
}
