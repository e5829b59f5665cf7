import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { UserError } from '../errors.js';
import { parseYaml } from '../yaml.js';
import { readRegularFile } from '../io/read.js';
import { resolveConfig } from './resolve.js';
import type { ResolvedConfig, UserConfig } from './types.js';

export const CONFIG_FILES = ['.gongwenrc.json', '.gongwenrc.yaml', '.gongwenrc.yml', 'package.json'];

/** A config (or a package.json holding one) larger than this is not a config. */
const MAX_CONFIG_BYTES = 4 << 20;

interface FoundConfig {
  filepath: string;
  config: unknown;
}

/**
 * The config text of a file, read only if it is a regular file of bounded size: a FIFO or
 * /dev/zero in a workspace must not hang or exhaust the CLI or the language server.
 */
function readConfigText(file: string): string {
  if (!existsSync(file)) throw new UserError('CONFIG_UNREADABLE', NOT_FOUND, file);
  try {
    return readRegularFile(file, MAX_CONFIG_BYTES).bytes.toString('utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw new UserError('CONFIG_UNREADABLE', `无法读取配置：${firstLine(error)}`, file);
  }
}

function parseConfig(file: string, content: string): unknown {
  if (path.extname(file) === '.yaml' || path.extname(file) === '.yml') {
    try {
      return parseYaml(content) ?? {};
    } catch (error) {
      throw new UserError('CONFIG_INVALID', `不是合法的 YAML：${firstLine(error)}`, file);
    }
  }
  try {
    return JSON.parse(content);
  } catch (error) {
    throw new UserError('CONFIG_INVALID', `不是合法的 JSON：${firstLine(error)}`, file);
  }
}

/** The config found in one folder: the first search place that exists and is not empty. */
function configIn(dir: string): FoundConfig | undefined {
  for (const name of CONFIG_FILES) {
    const filepath = path.join(dir, name);
    let content: string;
    try {
      content = readConfigText(filepath);
    } catch (error) {
      if (error instanceof UserError && error.code === 'CONFIG_UNREADABLE' && error.message === NOT_FOUND) continue;
      throw error;
    }
    if (!content.trim()) continue;
    const parsed = parseConfig(filepath, content);
    if (name !== 'package.json') return { filepath, config: parsed };
    const own = (parsed as { gongwen?: unknown } | null)?.gongwen;
    if (own != null) return { filepath, config: own };
  }
  return undefined;
}

const foundByDir = new Map<string, FoundConfig | null>();
const resolvedByFile = new Map<string, Promise<ResolvedConfig>>();

/** The nearest config above `file` (or the default preset), resolved; cached per config file. */
export async function configForFile(file: string): Promise<ResolvedConfig> {
  const visited: string[] = [];
  let found: FoundConfig | null | undefined;
  for (let dir = path.dirname(path.resolve(file)); ; dir = path.dirname(dir)) {
    found = foundByDir.get(dir);
    if (found !== undefined) break;
    visited.push(dir);
    found = configIn(dir) ?? null;
    if (found || path.dirname(dir) === dir) break;
  }
  for (const dir of visited) foundByDir.set(dir, found);
  return resolveFound(found);
}

/** An explicit config file (--config); a .js/.mjs/.cjs file is imported and its default export used. */
export async function configFromFile(file: string): Promise<ResolvedConfig> {
  const filepath = path.resolve(file);
  const content = readConfigText(filepath);
  let config: unknown;
  if (/\.[cm]?js$/.test(filepath)) {
    try {
      config = ((await import(pathToFileURL(filepath).href)) as { default?: unknown }).default;
    } catch (error) {
      throw new UserError('CONFIG_INVALID', `无法加载配置脚本：${firstLine(error)}`, filepath);
    }
  } else {
    config = content.trim() ? parseConfig(filepath, content) : undefined;
  }
  return resolveFound({ filepath, config });
}

/** A config given as an object (library use); paths in it are relative to `baseDir`. */
export function configFromObject(config: UserConfig, baseDir = process.cwd()): Promise<ResolvedConfig> {
  return resolveConfig(config, baseDir);
}

function resolveFound(found: FoundConfig | null): Promise<ResolvedConfig> {
  const key = found?.filepath ?? '';
  let resolved = resolvedByFile.get(key);
  if (!resolved) {
    resolved = found
      ? resolveConfig((found.config ?? {}) as UserConfig, path.dirname(found.filepath), found.filepath)
      : resolveConfig({}, process.cwd());
    resolvedByFile.set(key, resolved);
  }
  return resolved;
}

/** Forget cached configs (the language server calls this when a config file changes). */
export function clearConfigCache(): void {
  foundByDir.clear();
  resolvedByFile.clear();
}

const NOT_FOUND = '配置文件不存在';

function firstLine(error: unknown): string {
  return String((error as Error).message ?? error).split('\n')[0];
}
