import { createRequire } from 'node:module';
import path from 'node:path';
import { packageRoot } from '../package-root.js';

/** A file of jieba's data (jieba.dict.utf8, hmm_model.utf8): vendored in a package, nodejieba's in a clone. */
export function jiebaDataFile(name: string): string {
  const cppjieba = createRequire(import.meta.url)(path.join(packageRoot(), 'native', 'cppjieba.cjs')) as string;
  return path.join(cppjieba, 'dict', name);
}
