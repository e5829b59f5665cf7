/**
 * Build step (npm run build, prepare, test): parses every built-in dictionary once, checks each
 * entry against its kind's schema and compiles its patterns (so that loading the JSON need not),
 * and writes dist/dictionaries/<name>.json for src/dict/precompiled.ts.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { checkEntry, DICTIONARY_KINDS, type DictionaryKind } from '../src/dict/load.js';
import { hashOf, precompiledPath, type Precompiled } from '../src/dict/precompiled.js';
import { packageRoot } from '../src/package-root.js';

const dir = path.join(packageRoot(), 'dictionaries');
for (const name of readdirSync(dir).filter((file) => file.endsWith('.yml'))) {
  const yamlFile = path.join(dir, name);
  const source = readFileSync(yamlFile, 'utf8');
  const target = precompiledPath(yamlFile)!;
  mkdirSync(path.dirname(target), { recursive: true });
  const data = parse(source) as { kind: DictionaryKind; entries: Array<Record<string, unknown>> };
  if (!(data.kind in DICTIONARY_KINDS)) fail(`${name}: 未知的 kind ${JSON.stringify(data.kind)}`);
  data.entries.forEach((entry, index) => checkEntry(data.kind, entry, (detail) => fail(`${name}: 第 ${index + 1} 条：${detail}`)));
  const compiled: Precompiled = { sourceHash: hashOf(source), data };
  writeFileSync(target, JSON.stringify(compiled));
}

function fail(message: string): never {
  console.error(`dictionaries/${message}`);
  process.exit(1);
}
