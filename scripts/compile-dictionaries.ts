/**
 * Build step (npm run build, prepare, test): parses every built-in dictionary once and writes
 * dist/dictionaries/<name>.json for src/dict/precompiled.ts, and compiles the segmentation
 * model (build/segmentation.model) if it is missing or stale.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { hashOf, precompiledPath, type Precompiled } from '../src/dict/precompiled.js';
import { writeSegmentationModel } from '../src/nlp/segmentation-model.js';
import { packageRoot } from '../src/package-root.js';

const dir = path.join(packageRoot(), 'dictionaries');
for (const name of readdirSync(dir).filter((file) => file.endsWith('.yml'))) {
  const yamlFile = path.join(dir, name);
  const source = readFileSync(yamlFile, 'utf8');
  const target = precompiledPath(yamlFile)!;
  mkdirSync(path.dirname(target), { recursive: true });
  const compiled: Precompiled = { sourceHash: hashOf(source), data: parse(source) };
  writeFileSync(target, JSON.stringify(compiled));
}
writeSegmentationModel();
