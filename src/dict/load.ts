import path from 'node:path';
import { UserError } from '../errors.js';
import { readRegularFile } from '../io/read.js';
import { packageRoot } from '../package-root.js';
import { substitutionMatcher } from './matcher.js';
import { compilePattern } from './patterns.js';
import { entryProblem } from './schema.js';
import { readPrecompiled } from './precompiled.js';
import { parseYaml } from '../yaml.js';
import type { Dictionary, Example, SubstitutionEntry, WordEntry } from './types.js';

/**
 * The dictionary kinds: the file dictionaries/<kind>.yml holds the built-in entries, and a
 * user file joins a kind by saying `kind: <kind>` at its top.
 */
export const DICTIONARY_KINDS = {
  /** 错别字: 新时达 → 新时代. */
  typos: 'substitution',
  /** Corrupted set phrases and idioms: 未萌状态 → 萌芽状态, 一股作气 → 一鼓作气. */
  'fixed-phrases': 'substitution',
  /** Near-misses of official formulations, with validFrom/validUntil: 三个自信 → 四个自信. */
  'official-terms': 'substitution',
  /** Ordered sets of official formulations (word = the name, items = canonical order). */
  'official-sets': 'words',
  /** Banned or discouraged terms with their replacement: 残废人 → 残疾人. */
  'banned-terms': 'substitution',
  /** Words whose ABAB/AA repetition is correct (研究研究, 看看). */
  reduplications: 'words',
  /** Near-synonym verbs merged by an edit (倾听+听取 → 倾听取): right = the words to keep. */
  'redundant-merges': 'substitution',
  /** Nouns counted with a classifier (word = noun head, classifier = 名/个/项 …): 10科级领导干部 → 10名. */
  'measure-words': 'words',
  /** What may follow a number without a classifier (type: classifier, unit, direct): 10人次, 48小时, 500强. */
  'counting-words': 'words',
  /** Word classes of the 的/地/得 rule (class: adverbial, opener, complement-verb, degree-adverb …). */
  'word-classes': 'words',
} as const satisfies Record<string, 'substitution' | 'words'>;

export type DictionaryKind = keyof typeof DICTIONARY_KINDS;
type EntryOf<K extends DictionaryKind> = (typeof DICTIONARY_KINDS)[K] extends 'substitution' ? SubstitutionEntry : WordEntry;

interface RawFile {
  kind?: unknown;
  entries?: unknown;
}

/** A dictionary larger than this is not one (the largest built-in one is under 40 KB). */
const MAX_DICTIONARY_BYTES = 16 << 20;

const cache = new Map<string, Dictionary<SubstitutionEntry | WordEntry>>();
const rawFiles = new Map<string, RawFile>();
/** Files read from their build-time JSON: schema and patterns were checked by the build. */
const precompiledFiles = new Set<string>();

/** Built-in entries of a kind plus the user's files of that kind; validated, examples run. */
export function loadDictionary<K extends DictionaryKind>(kind: K, userFiles: readonly string[] = []): Dictionary<EntryOf<K>> {
  const key = [kind, ...userFiles].join('\0');
  let dictionary = cache.get(key);
  if (!dictionary) {
    const builtIn = path.join(packageRoot(), 'dictionaries', `${kind}.yml`);
    const files = [builtIn, ...userFiles.filter((file) => readRaw(file).kind === kind)];
    const entries = files.flatMap((file) => readEntries(kind, file));
    dictionary = { kind, entries, files };
    cache.set(key, dictionary);
  }
  return dictionary as Dictionary<EntryOf<K>>;
}

/** Checks a user dictionary file on its own: its kind is known and its entries are valid. */
export function validateDictionaryFile(file: string): void {
  const raw = readRaw(file);
  if (typeof raw.kind !== 'string' || !(raw.kind in DICTIONARY_KINDS)) {
    throw new UserError(
      'DICTIONARY_INVALID',
      `词典缺少或写错了 kind（得到 ${JSON.stringify(raw.kind)}），可选：${Object.keys(DICTIONARY_KINDS).join('、')}`,
      file,
    );
  }
  readEntries(raw.kind as DictionaryKind, file);
}

function readRaw(file: string): RawFile {
  let raw = rawFiles.get(file);
  if (!raw) {
    let source: string;
    try {
      source = readRegularFile(file, MAX_DICTIONARY_BYTES).bytes.toString('utf8');
    } catch (error) {
      throw new UserError('DICTIONARY_INVALID', `无法读取词典：${(error as Error).message.split("\n")[0]}`, file);
    }
    try {
      const precompiled = readPrecompiled(file, source);
      if (precompiled) precompiledFiles.add(file);
      raw = (precompiled ?? parseYaml(source) ?? {}) as RawFile;
    } catch (error) {
      throw new UserError('DICTIONARY_INVALID', `词典不是合法的 YAML：${(error as Error).message.split('\n')[0]}`, file);
    }
    rawFiles.set(file, raw);
  }
  return raw;
}

function readEntries(kind: DictionaryKind, file: string): Array<SubstitutionEntry | WordEntry> {
  const raw = readRaw(file);
  if (!Array.isArray(raw.entries)) throw new UserError('DICTIONARY_INVALID', '词典需要 entries 列表', file);
  const unknownKey = Object.keys(raw).find((key) => key !== 'kind' && key !== 'entries');
  if (unknownKey) throw new UserError('DICTIONARY_INVALID', `未知的顶层字段 ${unknownKey}（只有 kind 和 entries）`, file);
  return dictionaryEntries(kind, raw.entries, file, precompiledFiles.has(file));
}

/**
 * A dictionary file's entries, checked (schema, patterns, examples) and normalized. `verified`:
 * a built-in dictionary read from its build-time JSON, whose entries the build checked this way
 * (scripts/compile-dictionaries.ts): only normalized, which saves ≈ 25 ms of every start.
 */
export function dictionaryEntries(kind: DictionaryKind, items: unknown[], file: string, verified = false): Array<SubstitutionEntry | WordEntry> {
  return items.map((item: unknown, index) => {
    const where = (detail: string) => new UserError('DICTIONARY_INVALID', `第 ${index + 1} 条：${detail}`, file);
    if (!item || typeof item !== 'object' || Array.isArray(item)) throw where('应为一个对象');
    if (!verified) checkEntry(kind, item as Record<string, unknown>, where);
    return DICTIONARY_KINDS[kind] === 'substitution'
      ? substitutionEntry(item as Record<string, unknown>, where, !verified)
      : wordEntry(item as Record<string, unknown>, where, !verified);
  });
}

/** The entry's keys and types against its kind's schema, and its patterns compiled. */
function checkEntry(kind: DictionaryKind, item: Record<string, unknown>, where: (d: string) => Error): void {
  const name = item.wrong ?? item.word;
  const named = (detail: string) => where(typeof name === 'string' && name ? `「${name}」${detail}` : detail);
  const problem = entryProblem(kind, item);
  if (problem) throw named(problem);
  if (typeof item.unless === 'string') {
    try {
      compilePattern(item.unless);
    } catch (error) {
      throw named(`unless ${(error as Error).message}`);
    }
  }
}

function strings(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).map(String);
}

/** A substitution entry whose schema was checked: normalized, and its examples run if `runExamples`. */
function substitutionEntry(item: Record<string, unknown>, where: (d: string) => UserError, runExamples: boolean): SubstitutionEntry {
  const entry: SubstitutionEntry = {
    ...item,
    wrong: item.wrong as string,
    right: strings(item.right),
    note: item.note as string,
    allows: strings(item.allows),
    examples: item.examples as Example[],
  };
  if (!runExamples) return entry;
  const matcher = substitutionMatcher([entry]);
  for (const example of entry.examples) {
    let actual = example.from;
    for (const match of matcher.findAll(example.from).reverse()) {
      actual = actual.slice(0, match.start) + entry.right[0] + actual.slice(match.end);
    }
    if (actual !== example.to) {
      throw where(`「${entry.wrong}」的例句「${example.from}」应得到「${example.to}」，实际得到「${actual}」`);
    }
  }
  return entry;
}

/** A word entry whose schema was checked: each example must contain the word (if `runExamples`). */
function wordEntry(item: Record<string, unknown>, where: (d: string) => UserError, runExamples: boolean): WordEntry {
  const word = item.word as string;
  const examples = strings(item.examples);
  if (runExamples) for (const example of examples) if (!example.includes(word)) throw where(`「${word}」的例句「${example}」不含该词`);
  return { ...item, word, note: typeof item.note === 'string' ? item.note : '', examples, allows: strings(item.allows) };
}
