/**
 * Build step (npm run build, prepare, test): parses every built-in dictionary and preset once
 * and writes dist/dictionaries/<name>.json and dist/presets/<name>.json for src/dict/precompiled.ts, and compiles the segmentation
 * model (build/segmentation.model) if it is missing or stale.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { PRECOMPILED_DIRS, hashOf, precompiledPath, type Precompiled } from '../src/dict/precompiled.js';
import { writeSegmentationModel } from '../src/nlp/segmentation-model.js';
import { packageRoot } from '../src/package-root.js';

for (const dir of PRECOMPILED_DIRS.map((name) => path.join(packageRoot(), name)))
for (const name of readdirSync(dir).filter((file) => file.endsWith('.yml'))) {
  const yamlFile = path.join(dir, name);
  const source = readFileSync(yamlFile, 'utf8');
  const target = precompiledPath(yamlFile)!;
  mkdirSync(path.dirname(target), { recursive: true });
  const compiled: Precompiled = { sourceHash: hashOf(source), data: parse(source) };
  writeFileSync(target, JSON.stringify(compiled));
}
writeSegmentationModel();
