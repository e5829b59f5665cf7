import { createRequire } from 'node:module';
import path from 'node:path';

/** A file of jieba's data shipped with nodejieba (jieba.dict.utf8, hmm_model.utf8). */
export function jiebaDataFile(name: string): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('nodejieba/package.json')), 'submodules', 'cppjieba', 'dict', name);
}
