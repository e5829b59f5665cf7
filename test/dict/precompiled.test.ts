import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DICTIONARY_KINDS, dictionaryEntries, loadDictionary, type DictionaryKind } from '../../src/dict/load.js';
import { precompiledPath, readPrecompiled } from '../../src/dict/precompiled.js';
import { packageRoot } from '../../src/package-root.js';

const typos = path.join(packageRoot(), 'dictionaries', 'typos.yml');

describe('precompiled built-in dictionaries (npm run build)', () => {
  it('hold exactly what the YAML says', () => {
    const source = readFileSync(typos, 'utf8');
    expect(readPrecompiled(typos, source)).toEqual(parse(source));
  });

  it('never shadow a YAML file edited after the build', () => {
    const edited = `${readFileSync(typos, 'utf8')}\n# 校对员新加的一行\n`;
    expect(readPrecompiled(typos, edited)).toBeUndefined();
  });

  it('give the entries a full check of the YAML gives (the build checked them; loading only normalizes)', () => {
    for (const kind of Object.keys(DICTIONARY_KINDS) as DictionaryKind[]) {
      const file = path.join(packageRoot(), 'dictionaries', `${kind}.yml`);
      const checked = dictionaryEntries(kind, (parse(readFileSync(file, 'utf8')) as { entries: unknown[] }).entries, file);
      expect(loadDictionary(kind).entries).toEqual(checked);
    }
  });

  it('are only for the built-in dictionaries, not user files', () => {
    expect(precompiledPath('/home/user/我的词典/typos.yml')).toBeUndefined();
  });
});
