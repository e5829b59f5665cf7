import { createRequire } from 'node:module';

/**
 * Parses YAML, loading the parser (≈ 30 ms) on first use only: built-in presets and
 * dictionaries are read from JSON precompiled at build time (src/dict/precompiled.ts), so a run
 * without a YAML config or user dictionary never loads it.
 */
export function parseYaml(source: string): unknown {
  const { parse } = createRequire(import.meta.url)('yaml') as typeof import('yaml');
  return parse(source);
}
