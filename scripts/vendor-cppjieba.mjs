// At prepare (npm pack/publish, and npm's preparation of a git dependency, which runs prepare
// but not prepack): copies what the package needs of nodejieba's cppjieba (headers, the two
// dictionaries the segmenter loads, the licence) into vendor/cppjieba; `--clean` (postpack)
// removes it. See native/cppjieba.cjs.
import { cpSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const target = path.join(root, 'vendor', 'cppjieba');
rmSync(path.join(root, 'vendor'), { recursive: true, force: true });
if (!process.argv.includes('--clean')) {
  const source = path.join(path.dirname(createRequire(import.meta.url).resolve('nodejieba/package.json')), 'submodules', 'cppjieba');
  for (const part of ['LICENSE', 'include', 'deps/limonp/include', 'dict/jieba.dict.utf8', 'dict/hmm_model.utf8']) {
    cpSync(path.join(source, part), path.join(target, part), { recursive: true });
  }
}
