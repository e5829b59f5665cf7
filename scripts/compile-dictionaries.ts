/**
 * Build step (npm run build, prepare, test): parses every built-in dictionary and preset once,
 * checks each dictionary entry as loading a YAML dictionary does (schema, patterns, examples: so
 * that loading the JSON need not), writes dist/dictionaries/<name>.json and dist/presets/<name>.json
 * for src/dict/precompiled.ts, and compiles the segmentation model (build/segmentation.model) if
 * it is missing or stale.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { DICTIONARY_KINDS, dictionaryEntries, type DictionaryKind } from '../src/dict/load.js';
import { UserError } from '../src/errors.js';
import { PRECOMPILED_DIRS, hashOf, precompiledPath, type Precompiled } from '../src/dict/precompiled.js';
import { writeSegmentationModel } from '../src/nlp/segmentation-model.js';
import { packageRoot } from '../src/package-root.js';

for (const dirName of PRECOMPILED_DIRS) {
  const dir = path.join(packageRoot(), dirName);
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.yml'))) {
    const yamlFile = path.join(dir, name);
    const source = readFileSync(yamlFile, 'utf8');
    const target = precompiledPath(yamlFile)!;
    mkdirSync(path.dirname(target), { recursive: true });
    const data = parse(source);
    if (dirName === 'dictionaries') checkDictionary(yamlFile, data);
    const compiled: Precompiled = { sourceHash: hashOf(source), data };
    writeFileSync(target, JSON.stringify(compiled));
  }
}
writeSegmentationModel();

function checkDictionary(file: string, data: { kind: DictionaryKind; entries: unknown[] }): void {
  const name = path.basename(file);
  if (!(data.kind in DICTIONARY_KINDS)) fail(`${name}: 未知的 kind ${JSON.stringify(data.kind)}`);
  try {
    dictionaryEntries(data.kind, data.entries, file);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    fail(`${name}: ${error.message}`);
  }
}

function fail(message: string): never {
  console.error(`dictionaries/${message}`);
  process.exit(1);
}
