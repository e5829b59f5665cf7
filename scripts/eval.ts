/**
 * Precision and recall of the rules (`npm run eval`, or `npx tsx scripts/eval.ts`).
 *
 * (a) Precision: false alarms per 10,000 characters of the clean corpus (../shared/corpus),
 *     per rule, under the recommended and the strict preset. Findings a proofreader calls
 *     genuine errors are listed, with a reason, in fixtures/corpus-adjudications.yml and
 *     counted apart.
 * (b) Recall: errors of each class injected into the clean corpus lines by a seeded,
 *     deterministic generator (one error per line), linted with the strict preset. An
 *     injection is found when a message of the expected rule overlaps it; its correction is
 *     right when the message's fix (or first suggestion) gives back a correct line.
 *
 *   npx tsx scripts/eval.ts [--per-class 150] [--seed 20260125]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { configFromObject } from '../src/config/load.js';
import { loadDictionary } from '../src/dict/load.js';
import type { SubstitutionEntry } from '../src/dict/types.js';
import { lintSource } from '../src/engine/lint.js';
import { tag } from '../src/nlp/jieba.js';
import { packageRoot } from '../src/package-root.js';
import { isHan } from '../src/source/text-kinds.js';
import type { LintMessage } from '../src/types.js';
import { grammarReport, particleSites } from './eval-grammar.js';
import { evalModel } from './eval-model.js';
import { corpusFiles, countCharacters } from './false-alarms.js';
import { random, sample } from './sampling.js';

type Config = Awaited<ReturnType<typeof configFromObject>>;

interface Adjudication {
  file: string;
  rule: string;
  text: string;
  /** The flagged text with a few neighbours, to tell apart equal findings of one file. */
  context?: string;
  reason: string;
}

function isAdjudicated(adjudications: readonly Adjudication[], file: string, text: string, m: LintMessage): boolean {
  return adjudications.some(
    (a) =>
      a.file === path.basename(file) &&
      a.rule === m.ruleId &&
      a.text === m.actual &&
      (!a.context || text.slice(m.range[0] - a.context.length, m.range[1] + a.context.length).includes(a.context)),
  );
}

/** One injected error: the clean line, the erroneous one, where, and what may correct it. */
interface Injection {
  original: string;
  line: string;
  start: number;
  end: number;
  /** Lines that count as correctly fixed (the original, or another right keeper). */
  accepted: string[];
}

interface ErrorClass {
  name: string;
  rule: string;
  /** Every place of the corpus where this error can be injected. */
  sites(lines: readonly string[]): Injection[];
}

const SLIP_CHARACTERS = new Set(['的', '了', '在', '是', '和']);
const CLASSIFIER_AFTER_NUMBER = /(?<![\d.])(\d+)([名个项家所件户])(?=\p{Script=Han})/gu;

function replace(original: string, start: number, end: number, text: string, accepted: string[] = [original]): Injection {
  return { original, line: original.slice(0, start) + text + original.slice(end), start, end: start + text.length, accepted };
}

/** Injections at each token of `lines` that `pick` returns a replacement for. */
function tokenSites(lines: readonly string[], pick: (word: string, tag: string, next: string) => string | undefined): Injection[] {
  const sites: Injection[] = [];
  for (const line of lines) {
    const tokens = tag(line);
    tokens.forEach((token, i) => {
      const text = pick(token.word, token.tag, tokens[i + 1]?.word ?? '');
      if (text !== undefined) sites.push(replace(line, token.start, token.end, text));
    });
  }
  return sites;
}

/** Reverse substitutions: the corpus's right forms turned back into the dictionary's wrong ones. */
function reverseSites(lines: readonly string[], entries: readonly SubstitutionEntry[]): Injection[] {
  const sites: Injection[] = [];
  for (const entry of entries) {
    if (entry.certain === false) continue;
    for (const line of lines) {
      for (const right of entry.right) {
        const at = line.indexOf(right);
        if (at < 0 || line.includes(entry.wrong)) continue;
        const others = entry.right.map((keeper) => line.slice(0, at) + keeper + line.slice(at + right.length));
        sites.push(replace(line, at, at + right.length, entry.wrong, others));
        break;
      }
    }
  }
  return sites;
}

/** Positions between two Han characters. */
function hanGapSites(lines: readonly string[], inserted: string): Injection[] {
  const sites: Injection[] = [];
  for (const line of lines) {
    for (let i = 1; i < line.length; i += 7) if (isHan(line[i - 1]) && isHan(line[i])) sites.push(replace(line, i, i, inserted));
  }
  return sites;
}

const CLASSES: ErrorClass[] = [
  {
    name: '词语重复（围绕围绕）',
    rule: 'no-repeated-word',
    sites: (lines) => tokenSites(lines, (word, pos, next) => (word.length >= 2 && /^[vn]/.test(pos) && [...word].every(isHan) && next !== word ? word + word : undefined)),
  },
  {
    name: '单字重复（的的、在在）',
    rule: 'no-repeated-word',
    sites: (lines) => tokenSites(lines, (word, _pos, next) => (SLIP_CHARACTERS.has(word) && next !== word ? word + word : undefined)),
  },
  { name: '错别字（词典反向替换）', rule: 'typo', sites: (lines) => reverseSites(lines, loadDictionary('typos').entries) },
  { name: '固定短语错字（词典反向替换）', rule: 'fixed-phrase', sites: (lines) => reverseSites(lines, loadDictionary('fixed-phrases').entries) },
  { name: '近义词误合并（倾听取）', rule: 'no-redundant-merge', sites: (lines) => reverseSites(lines, loadDictionary('redundant-merges').entries) },
  { name: '地→的（自觉的将）', rule: 'de-di-de', sites: (lines) => particleSites(lines, '地') },
  { name: '得→的（做的很好）', rule: 'de-di-de', sites: (lines) => particleSites(lines, '得') },
  {
    name: '量词缺失（10科级干部）',
    rule: 'measure-word',
    sites: (lines) =>
      lines.flatMap((line) => [...line.matchAll(CLASSIFIER_AFTER_NUMBER)].map((m) => replace(line, m.index, m.index + m[0].length, m[1]))),
  },
  { name: '汉字间的不换行空格', rule: 'no-abnormal-whitespace', sites: (lines) => hanGapSites(lines, '\u00a0') },
  { name: '汉字间的半角空格', rule: 'no-abnormal-whitespace', sites: (lines) => hanGapSites(lines, ' ') },
];

/** The line after applying the message's fix, or else its first suggestion. */
function corrected(line: string, message: LintMessage): string | undefined {
  const fix = message.fix ?? message.suggestions?.[0]?.fix;
  return fix && line.slice(0, fix.range[0]) + fix.text + line.slice(fix.range[1]);
}

async function falseAlarms(config: Config, adjudications: readonly Adjudication[]) {
  let characters = 0;
  const byRule = new Map<string, { alarms: number; genuine: number }>();
  for (const file of corpusFiles()) {
    const text = readFileSync(file, 'utf8');
    characters += countCharacters(text);
    for (const m of (await lintSource(text, { config, filePath: file })).messages) {
      const genuine = isAdjudicated(adjudications, file, text, m);
      const counts = byRule.get(m.ruleId) ?? { alarms: 0, genuine: 0 };
      counts[genuine ? 'genuine' : 'alarms']++;
      byRule.set(m.ruleId, counts);
    }
  }
  return { characters, byRule };
}

async function recall(config: Config, perClass: number, seed: number) {
  const lines = corpusFiles().flatMap((file) => readFileSync(file, 'utf8').split(/\r?\n/).filter((line) => line.trim()));
  const rows = [];
  for (const [index, errorClass] of CLASSES.entries()) {
    const injections = sample(errorClass.sites(lines), perClass, random(seed + index));
    let found = 0;
    let fixed = 0;
    for (const injection of injections) {
      const { messages } = await lintSource(injection.line, { config, filePath: 'injected.txt' });
      const hit = messages.find((m) => m.ruleId === errorClass.rule && m.range[0] <= injection.end && m.range[1] >= injection.start);
      if (!hit) continue;
      found++;
      const output = corrected(injection.line, hit);
      if (output !== undefined && injection.accepted.includes(output)) fixed++;
    }
    rows.push({ name: errorClass.name, rule: errorClass.rule, injected: injections.length, found, fixed });
  }
  return rows;
}

const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${((part / whole) * 100).toFixed(1)}%`);

async function main() {
  const started = Date.now();
  const { values } = parseArgs({ options: { 'per-class': { type: 'string', default: '150' }, seed: { type: 'string', default: '20260125' } } });
  const adjudications = ((parse(readFileSync(path.join(packageRoot(), 'fixtures', 'corpus-adjudications.yml'), 'utf8')) ?? {}).entries ?? []) as Adjudication[];
  const presets = { recommended: await configFromObject({ extends: 'recommended' }), strict: await configFromObject({ extends: 'strict' }) };

  const precision = { recommended: await falseAlarms(presets.recommended, adjudications), strict: await falseAlarms(presets.strict, adjudications) };
  const rules = Object.keys(presets.strict.rules).filter((id) => presets.strict.rules[id].level !== 'off').sort();
  const inRecommended = (id: string) => presets.recommended.rules[id] !== undefined && presets.recommended.rules[id].level !== 'off';
  const per10k = (count: number) => ((count / precision.strict.characters) * 10000).toFixed(2);
  console.log(`## Corpus false alarms (${precision.strict.characters} characters, ${corpusFiles().length} files)\n`);
  console.log('| rule | recommended: alarms | per 10k chars | strict: alarms | per 10k chars | adjudicated genuine |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const rule of rules) {
    const r = inRecommended(rule) ? (precision.recommended.byRule.get(rule) ?? { alarms: 0, genuine: 0 }) : undefined;
    const s = precision.strict.byRule.get(rule) ?? { alarms: 0, genuine: 0 };
    console.log(`| ${rule} | ${r ? r.alarms : 'off'} | ${r ? per10k(r.alarms) : '—'} | ${s.alarms} | ${per10k(s.alarms)} | ${s.genuine} |`);
  }
  for (const [name, { byRule }] of Object.entries(precision)) {
    const total = [...byRule.values()].reduce((sum, c) => sum + c.alarms, 0);
    console.log(`| **${name} total** | ${total} | ${per10k(total)} | | | |`);
  }

  const rows = await recall(presets.strict, Number(values['per-class']), Number(values.seed));
  console.log(`\n## Recall on injected errors (seed ${values.seed}, up to ${values['per-class']} per class, strict preset)\n`);
  console.log('| error class | rule | injected | found | recall | correct fixes (of found) |');
  console.log('|---|---|---:|---:|---:|---:|');
  for (const row of rows) console.log(`| ${row.name} | ${row.rule} | ${row.injected} | ${row.found} | ${percent(row.found, row.injected)} | ${percent(row.fixed, row.found)} |`);
  await grammarReport();
  console.log(`\n## Proofreading model (likely-typo)\n\n${await evalModel()}`);
  console.log(`\n(${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

await main();
