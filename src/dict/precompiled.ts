import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../package-root.js';

/**
 * Built-in dictionaries and presets parsed at build time (scripts/compile-dictionaries.ts writes
 * dist/dictionaries/<name>.json and dist/presets/<name>.json): parsing the YAML costs about
 * 0.4 s per process and per worker thread (loading the parser alone ≈ 30 ms), reading the JSON
 * about 2 ms. Each JSON file carries a hash of the YAML text it was made
 * from, so a dictionary edited after the build is parsed from its YAML, never shadowed.
 */
export interface Precompiled {
  sourceHash: string;
  data: unknown;
}

export const hashOf = (source: string) => createHash('sha1').update(source).digest('hex');

/** The folders of YAML files precompiled at build time. */
export const PRECOMPILED_DIRS = ['dictionaries', 'presets'] as const;

export function precompiledPath(yamlFile: string): string | undefined {
  const dir = PRECOMPILED_DIRS.find((name) => path.dirname(path.resolve(yamlFile)) === path.join(packageRoot(), name));
  return dir && path.join(packageRoot(), 'dist', dir, `${path.basename(yamlFile, '.yml')}.json`);
}

/** The parsed content of a built-in dictionary whose YAML text is `source`, if compiled from it. */
export function readPrecompiled(yamlFile: string, source: string): unknown {
  const file = precompiledPath(yamlFile);
  if (!file) return undefined;
  let compiled: Precompiled;
  try {
    compiled = JSON.parse(readFileSync(file, 'utf8')) as Precompiled;
  } catch {
    return undefined; // not built (running from a fresh checkout's sources)
  }
  return compiled.sourceHash === hashOf(source) ? compiled.data : undefined;
}
