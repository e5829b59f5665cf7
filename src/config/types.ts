import type { Settings } from '../engine/rule.js';
import type { RuleLevel } from '../types.js';

export type RuleSetting = RuleLevel | [RuleLevel] | [RuleLevel, Record<string, unknown>];

/** What a user writes in .gongwenrc.json / .gongwenrc.yaml / package.json#gongwen. */
export interface UserConfig {
  /** A preset name (recommended, strict, all) or presets, applied in order. */
  extends?: string | string[];
  rules?: Record<string, RuleSetting>;
  /** User dictionary files (paths relative to the config file), each declaring its `kind`. */
  dictionaries?: string[];
  /** Words never flagged by any rule (names, quoted titles). */
  allow?: string[];
  settings?: Settings;
  /** Globs of files not to lint, relative to the config file. */
  ignorePatterns?: string[];
}

export interface ResolvedRule {
  level: RuleLevel;
  options: Record<string, unknown>;
}

export interface ResolvedConfig {
  rules: Record<string, ResolvedRule>;
  /** Absolute paths. */
  dictionaries: string[];
  allow: string[];
  settings: Settings;
  ignorePatterns: string[];
  /** The file the config came from; undefined for the default preset. */
  filePath?: string;
}
