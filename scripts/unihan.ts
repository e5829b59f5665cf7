/**
 * Look-alike characters from the Unicode Han Database (Unihan, © Unicode, Inc., Unicode License
 * Agreement – Data Files and Software; see NOTICE), read at build time from Debian's `unicode-data` package (/usr/share/unicode/Unihan_*.txt.bz2)
 * or from UNIHAN_DIR (the files of Unihan.zip, plain or .bz2).
 *
 * Three relations, each a confusion source of its own:
 * - fourCorner: same four-corner code (kFourCornerCode without its fifth digit): 候/侯, 拔/拨;
 * - cangjie: Cangjie codes of the same length one letter apart: 清 EQMB / 晴 AQMB / 情 PQMB;
 * - phonetic: same phonetic series (kPhonetic, Casey's numbers, read through the traditional
 *   form for simplified characters): 清/請/情, 辨/辩/辫.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const UNIHAN_DIR = process.env.UNIHAN_DIR ?? '/usr/share/unicode';

export type UnihanRelation = 'fourCorner' | 'cangjie' | 'phonetic';

/** The lines of one Unihan file ("U+4E00<TAB>kField<TAB>value"); a missing file is a clear error. */
function unihanFile(name: string, dir: string): string {
  const plain = path.join(dir, `Unihan_${name}.txt`);
  if (existsSync(plain)) return readFileSync(plain, 'utf8');
  if (existsSync(`${plain}.bz2`)) return execFileSync('bzip2', ['-dc', `${plain}.bz2`], { encoding: 'utf8', maxBuffer: 1 << 28 });
  throw new Error(`找不到 Unihan 数据 ${plain}(.bz2)：请安装 Debian 软件包 unicode-data（apt-get install unicode-data），或以 UNIHAN_DIR 指向 Unihan.zip 解压的目录`);
}

/** field → character → value, for the fields asked. */
function readFields(name: string, fields: readonly string[], dir: string): Map<string, Map<string, string>> {
  const byField = new Map(fields.map((field) => [field, new Map<string, string>()]));
  for (const line of unihanFile(name, dir).split('\n')) {
    const [code, field, value] = line.split('\t');
    const map = byField.get(field);
    if (map && code.startsWith('U+')) map.set(String.fromCodePoint(parseInt(code.slice(2), 16)), value);
  }
  return byField;
}

/** Pairs of `chars` each relation links (both directions), keyed by relation. */
export function unihanLookAlikes(chars: readonly string[], dir = UNIHAN_DIR): Record<UnihanRelation, Array<[string, string]>> {
  const like = readFields('DictionaryLikeData', ['kFourCornerCode', 'kCangjie', 'kPhonetic'], dir);
  const traditional = readFields('Variants', ['kTraditionalVariant'], dir).get('kTraditionalVariant')!;
  const pairsWithin = (groups: Map<string, string[]>) => {
    const pairs: Array<[string, string]> = [];
    for (const group of groups.values()) for (const a of group) for (const b of group) if (a !== b) pairs.push([a, b]);
    return pairs;
  };
  const group = (keysOf: (char: string) => Iterable<string>) => {
    const groups = new Map<string, string[]>();
    for (const char of chars) {
      for (const key of new Set(keysOf(char))) {
        const members = groups.get(key);
        if (members) members.push(char);
        else groups.set(key, [char]);
      }
    }
    return groups;
  };
  const fourCorner = like.get('kFourCornerCode')!;
  const cangjie = like.get('kCangjie')!;
  const phonetic = like.get('kPhonetic')!;
  // A character's own series, else its traditional form's (请 → 請 203).
  const series = (char: string) => {
    const forms = [char, ...(traditional.get(char)?.split(' ') ?? []).map((code) => String.fromCodePoint(parseInt(code.slice(2), 16)))];
    return forms.flatMap((form) => (phonetic.get(form)?.split(' ') ?? []).map((value) => value.replace(/\D+$/, '')));
  };
  // One letter apart = same code with one position masked.
  const cangjieKeys = (char: string) => {
    const code = cangjie.get(char);
    if (!code || code.length < 3) return [];
    return [...code].map((_, i) => `${code.length}:${code.slice(0, i)}*${code.slice(i + 1)}`);
  };
  return {
    fourCorner: pairsWithin(group((char) => (fourCorner.get(char)?.split(' ') ?? []).map((code) => code.slice(0, 4)))),
    cangjie: pairsWithin(group(cangjieKeys)),
    phonetic: pairsWithin(group(series)),
  };
}
