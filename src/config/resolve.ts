import path from 'node:path';
import { validateDictionaryFile } from '../dict/load.js';
import { isRuleId, loadRule, ruleIds } from '../engine/registry.js';
import { UserError } from '../errors.js';
import type { RuleLevel } from '../types.js';
import { presetNames, readPreset } from './presets.js';
import type { ResolvedConfig, RuleSetting, UserConfig } from './types.js';

export const DEFAULT_PRESET = 'recommended';
const LEVELS: readonly RuleLevel[] = ['off', 'info', 'warn', 'error'];
const TOP_LEVEL_KEYS = ['$schema', 'extends', 'rules', 'dictionaries', 'allow', 'settings', 'ignorePatterns'];

/**
 * Validates a user config and merges it over its presets. Every mistake is a UserError that
 * names the file, the key and the allowed values.
 */
export async function resolveConfig(config: UserConfig, baseDir: string, filePath?: string): Promise<ResolvedConfig> {
  const fail = (message: string): never => {
    throw new UserError('CONFIG_INVALID', message, filePath);
  };
  if (!config || typeof config !== 'object' || Array.isArray(config)) fail('配置应为一个对象');
  // A YAML key with only comments under it is null: read it as absent.
  config = Object.fromEntries(Object.entries(config).filter(([, value]) => value !== null)) as UserConfig;
  for (const key of Object.keys(config)) {
    if (!TOP_LEVEL_KEYS.includes(key)) fail(`未知的配置项 "${key}"，可用：${TOP_LEVEL_KEYS.slice(1).join(', ')}`);
  }

  const resolved: ResolvedConfig = {
    rules: Object.fromEntries(ruleIds().map((id) => [id, { level: 'off' as RuleLevel, options: {} }])),
    dictionaries: [],
    allow: [],
    settings: {},
    ignorePatterns: [],
    filePath,
  };

  const presets = config.extends === undefined ? [DEFAULT_PRESET] : [config.extends].flat();
  for (const name of presets) {
    if (typeof name !== 'string') fail(`"extends" 应为预设名称或名称列表，可用：${presetNames().join(', ')}`);
    await applyPreset(resolved, name, fail, new Set());
  }
  await applyRules(resolved, config.rules, fail, 'rules');

  resolved.dictionaries = stringList(config.dictionaries, 'dictionaries', fail).map((file) => path.resolve(baseDir, file));
  for (const file of resolved.dictionaries) validateDictionaryFile(file);
  resolved.allow = stringList(config.allow, 'allow', fail);
  resolved.ignorePatterns = stringList(config.ignorePatterns, 'ignorePatterns', fail);
  if (config.settings !== undefined) {
    if (typeof config.settings !== 'object' || Array.isArray(config.settings)) fail('"settings" 应为一个对象');
    const date = config.settings.documentDate;
    if (date !== undefined && (typeof date !== 'string' || !/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(date))) {
      fail(`"settings.documentDate" 应为日期，如 "2023-12-31" 或 "2023"，得到 ${JSON.stringify(date)}`);
    }
    resolved.settings = { ...config.settings };
  }
  return resolved;
}

async function applyPreset(resolved: ResolvedConfig, name: string, fail: (m: string) => never, seen: Set<string>) {
  const preset = readPreset(name);
  if (!preset) return fail(`"extends" 中的预设 "${name}" 不存在，可用：${presetNames().join(', ')}`);
  if (seen.has(name)) return fail(`预设 "${name}" 循环继承`);
  seen.add(name);
  for (const parent of [preset.extends ?? []].flat()) await applyPreset(resolved, parent, fail, seen);
  await applyRules(resolved, preset.rules, fail, `presets/${name}.yml rules`);
}

async function applyRules(
  resolved: ResolvedConfig,
  rules: Record<string, RuleSetting> | undefined,
  fail: (m: string) => never,
  where: string,
) {
  if (rules === undefined) return;
  if (typeof rules !== 'object' || Array.isArray(rules)) fail(`"${where}" 应为一个对象：{"规则名": "error"}`);
  for (const [id, setting] of Object.entries(rules)) {
    if (!isRuleId(id)) fail(`"${where}" 中的规则 "${id}" 不存在，可用：${ruleIds().join(', ')}`);
    const [level, options] = Array.isArray(setting) ? setting : [setting, undefined];
    if (!LEVELS.includes(level as RuleLevel)) {
      fail(`"${where}.${id}" 的级别 ${JSON.stringify(level)} 无效，可用：${LEVELS.join(', ')}，或 [级别, 选项]`);
    }
    const meta = (await loadRule(id)).meta;
    const defaults = (meta.options ?? {}) as Record<string, unknown>;
    const merged = { ...defaults, ...resolved.rules[id].options };
    if (options !== undefined) {
      if (typeof options !== 'object' || options === null || Array.isArray(options)) fail(`"${where}.${id}" 的选项应为一个对象`);
      for (const [key, value] of Object.entries(options)) {
        const optionKey = `${where}.${id}.${key}`;
        if (!(key in defaults)) {
          const known = Object.keys(defaults);
          fail(`未知的选项 "${optionKey}"，可用：${known.length ? known.join(', ') : '（该规则没有选项）'}`);
        }
        const expected = Array.isArray(defaults[key]) ? 'array' : typeof defaults[key];
        const actual = Array.isArray(value) ? 'array' : typeof value;
        if (expected !== actual) fail(`选项 "${optionKey}" 应为 ${expected}，得到 ${JSON.stringify(value)}`);
        const allowed = (meta.optionValues as Record<string, readonly string[]> | undefined)?.[key];
        if (allowed && !allowed.includes(value as string)) {
          fail(`选项 "${optionKey}" 的值 ${JSON.stringify(value)} 无效，可用：${allowed.join(', ')}`);
        }
        merged[key] = value;
      }
    }
    resolved.rules[id] = { level: level as RuleLevel, options: merged };
  }
}

function stringList(value: unknown, key: string, fail: (m: string) => never): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) fail(`"${key}" 应为字符串列表`);
  return value as string[];
}
