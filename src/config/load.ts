import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lilconfig, type LilconfigResult } from 'lilconfig';
import { UserError } from '../errors.js';
import { parseYaml } from '../yaml.js';
import { resolveConfig } from './resolve.js';
import type { ResolvedConfig, UserConfig } from './types.js';

export const CONFIG_FILES = ['.gongwenrc.json', '.gongwenrc.yaml', '.gongwenrc.yml', 'package.json'];

const loadYaml = (filepath: string, content: string) => {
  try {
    return parseYaml(content) ?? {};
  } catch (error) {
    throw new UserError('CONFIG_INVALID', `不是合法的 YAML：${firstLine(error)}`, filepath);
  }
};
const loadJson = (filepath: string, content: string) => {
  try {
    return JSON.parse(content);
  } catch (error) {
    throw new UserError('CONFIG_INVALID', `不是合法的 JSON：${firstLine(error)}`, filepath);
  }
};

const explorer = lilconfig('gongwen', {
  searchPlaces: CONFIG_FILES,
  packageProp: 'gongwen',
  stopDir: path.parse(process.cwd()).root,
  loaders: { '.json': loadJson, '.yaml': loadYaml, '.yml': loadYaml },
});

const resolvedByFile = new Map<string, Promise<ResolvedConfig>>();

/** The nearest config above `file` (or the default preset), resolved; cached per config file. */
export async function configForFile(file: string): Promise<ResolvedConfig> {
  let found: LilconfigResult;
  try {
    found = await explorer.search(path.dirname(path.resolve(file)));
  } catch (error) {
    throw asUserError(error);
  }
  return resolveFound(found);
}

/** An explicit config file (--config). */
export async function configFromFile(file: string): Promise<ResolvedConfig> {
  const absolute = path.resolve(file);
  let found: LilconfigResult;
  try {
    readFileSync(absolute);
    found = await explorer.load(absolute);
  } catch (error) {
    throw asUserError(error, absolute);
  }
  return resolveFound(found ?? { filepath: absolute, config: {} });
}

/** A config given as an object (library use); paths in it are relative to `baseDir`. */
export function configFromObject(config: UserConfig, baseDir = process.cwd()): Promise<ResolvedConfig> {
  return resolveConfig(config, baseDir);
}

function resolveFound(found: LilconfigResult): Promise<ResolvedConfig> {
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
  explorer.clearCaches();
  resolvedByFile.clear();
}

function asUserError(error: unknown, file?: string): UserError {
  if (error instanceof UserError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new UserError('CONFIG_UNREADABLE', '配置文件不存在', file);
  return new UserError('CONFIG_UNREADABLE', `无法读取配置：${firstLine(error)}`, file);
}

function firstLine(error: unknown): string {
  return String((error as Error).message ?? error).split('\n')[0];
}
