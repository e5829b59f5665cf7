import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readPrecompiled } from '../dict/precompiled.js';
import { packageRoot } from '../package-root.js';
import { parseYaml } from '../yaml.js';
import type { UserConfig } from './types.js';

const presetsDir = () => path.join(packageRoot(), 'presets');

export function presetNames(): string[] {
  return readdirSync(presetsDir())
    .filter((name) => name.endsWith('.yml'))
    .map((name) => name.slice(0, -4))
    .sort();
}

/** A preset is a config file shipped in presets/; it may extend another preset. */
export function readPreset(name: string): UserConfig | undefined {
  const file = path.join(presetsDir(), `${name}.yml`);
  if (!/^[a-z][a-z0-9-]*$/.test(name) || !existsSync(file)) return undefined;
  const source = readFileSync(file, 'utf8');
  return (readPrecompiled(file, source) ?? parseYaml(source) ?? {}) as UserConfig;
}
