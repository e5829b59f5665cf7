/**
 * The proofreading model's figures (part of `npm run eval`; alone: `npx tsx scripts/eval-model.ts`).
 *
 * - Recall on real typos: 5-fold cross-validation on ../shared/csc-dev/odw.train.tsv (priors
 *   learnt on the other folds plus law/med.train.tsv): share of wrong characters found, share of
 *   found ones whose first suggestion is right. Cross-checked on law/med.train.tsv (priors learnt
 *   without the file checked), so that features tuned on odw are seen to hold elsewhere.
 * - False alarms per 10,000 characters on clean text the model never saw: ../shared/corpus and
 *   the held-out laws (every 20th document).
 * - Idioms: jieba's 4-character idioms that occur in the corpus, one character corrupted to a
 *   confusable one.
 * Figures are given for several score thresholds; the rule's tiers use the ones it names.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import rule from '../rules/likely-typo.js';
import { readPreset } from '../src/config/presets.js';
import { DEFAULT_WEIGHTS, findCorrections, type Weights } from '../src/model/detect.js';
import { SOURCE_NAMES, WORD } from '../src/model/format.js';
import { loadModel } from '../src/model/load.js';
import type { ProofreadingModel } from '../src/model/model.js';
import { corpusFiles } from './false-alarms.js';
import { lawDocuments } from './lm-corpus.js';
import { learnPriors, readPairs, type Pair } from './lm-priors.js';

const FOLDS = 5;
/** LM_WEIGHTS='{"lone":3}' tries other feature weights. */
const weights: Weights = { ...DEFAULT_WEIGHTS, ...JSON.parse(process.env.LM_WEIGHTS ?? '{}') };
const THRESHOLDS = [0, 2, 4, 6, 7, 8, 9, 10, 12, 14];
/** LM_WITHOUT=fourCorner,cangjie measures what confusion sources add: their pairs are never proposed. */
const without = new Set((process.env.LM_WITHOUT ?? '').split(',').filter(Boolean));
const usable = (priors: number[]) => priors.map((prior, bit) => (without.has(SOURCE_NAMES[bit]) ? Infinity : prior));

interface Outcome {
  /** Score of the correction covering each wrong character (−∞ if none), and whether its fix is right. */
  errors: Array<{ score: number; right: boolean }>;
  /** Scores of corrections on characters that are right. */
  wrongAlarms: number[];
}

export function crossValidate(model: ProofreadingModel, pairs: readonly Pair[], extra: readonly Pair[]): Outcome {
  const outcome: Outcome = { errors: [], wrongAlarms: [] };
  const saved = model.priors;
  for (let fold = 0; fold < FOLDS; fold++) {
    const test = pairs.filter((_, i) => i % FOLDS === fold);
    model.priors = usable(learnPriors(model, [...pairs.filter((_, i) => i % FOLDS !== fold), ...extra]));
    for (const { written, corrected } of test) score(model, written, corrected, outcome);
  }
  model.priors = saved;
  return outcome;
}

/** Cross-check on another domain's typos: priors learnt without that file. */
function crossCheck(model: ProofreadingModel, pairs: readonly Pair[], others: readonly Pair[]): Outcome {
  const outcome: Outcome = { errors: [], wrongAlarms: [] };
  const saved = model.priors;
  model.priors = usable(learnPriors(model, others));
  for (const { written, corrected } of pairs) score(model, written, corrected, outcome);
  model.priors = saved;
  return outcome;
}

function score(model: ProofreadingModel, written: string, corrected: string, outcome: Outcome): void {
  const corrections = findCorrections(model, written, written, weights);
  for (let i = 0; i < written.length; i++) {
    if (written[i] === corrected[i]) continue;
    const c = corrections.find((c) => c.start <= i && i < c.end);
    outcome.errors.push(c ? { score: c.score, right: c.replacement === corrected.slice(c.start, c.end) } : { score: -Infinity, right: false });
  }
  for (const c of corrections) if (written.slice(c.start, c.end) === corrected.slice(c.start, c.end)) outcome.wrongAlarms.push(c.score);
}

/** Alarms on clean documents: the score of each correction proposed, and the characters read. */
interface Alarm {
  score: number;
  kind: string;
  text: string;
  context: string;
}

export function cleanAlarms(model: ProofreadingModel, documents: readonly string[]): { scores: Alarm[]; chars: number } {
  const scores: Alarm[] = [];
  let chars = 0;
  for (const document of documents) {
    for (const line of document.split('\n')) {
      chars += line.length;
      for (const c of findCorrections(model, line, document, weights)) {
        scores.push({ score: c.score, kind: c.kind, text: `${line.slice(c.start, c.end)}→${c.replacement}`, context: line.slice(Math.max(0, c.start - 8), c.end + 8) });
      }
    }
  }
  return { scores, chars };
}

/** Idioms of jieba's list found in the corpus, each with one character replaced by a confusable one. */
function idiomTest(model: ProofreadingModel, corpus: string): { total: number; found: number; right: number } {
  const seen = new Set<string>();
  const result = { total: 0, found: 0, right: 0 };
  const ids = model.encode(corpus);
  for (let i = 0; i + 4 <= corpus.length; i++) {
    const entry = model.word(ids, i, i + 4);
    const idiom = corpus.slice(i, i + 4);
    if (!entry || !(entry.flags & WORD.idiom) || seen.has(idiom) || !/^\p{Script=Han}{4}$/u.test(idiom)) continue;
    seen.add(idiom);
    // Corrupt the character the idiom's index makes easiest to miss: each position in turn.
    const position = seen.size % 4;
    let wrong: string | undefined;
    model.forEachConfusable(model.id(idiom[position]), (other) => {
      wrong ??= model.char(other);
    });
    if (!wrong) continue;
    const corrupted = idiom.slice(0, position) + wrong + idiom.slice(position + 1);
    const line = corpus.slice(Math.max(0, i - 12), i) + corrupted + corpus.slice(i + 4, i + 16);
    const at = Math.min(12, i) + position;
    result.total++;
    const c = findCorrections(model, line, line, weights).find((c) => c.start <= at && at < c.end);
    if (c) result.found++;
    if (c && line.slice(0, c.start) + c.replacement + line.slice(c.end) === line.slice(0, at) + idiom[position] + line.slice(at + 1)) result.right++;
  }
  return result;
}

/** The thresholds of the strict preset and of the rule's default. */
function tierThresholds(): [strict: number, recommended: number] {
  const recommended = Number(rule.meta.options!.threshold);
  const setting = readPreset('strict')?.rules?.['likely-typo'];
  const options = Array.isArray(setting) ? (setting[1] as { threshold?: number } | undefined) : undefined;
  return [options?.threshold ?? recommended, recommended];
}

const per10k = (n: number, chars: number) => ((n / chars) * 10000).toFixed(2);
const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;

export async function evalModel(): Promise<string> {
  const model = loadModel();
  // LM_SMOOTHING=stupid-backoff compares the other smoothing (thresholds are not comparable).
  if (process.env.LM_SMOOTHING === 'stupid-backoff') model.smoothing = 'stupid-backoff';
  const lines: string[] = [];
  const odw = readPairs('odw.train.tsv');
  const [law, med] = [readPairs('law.train.tsv'), readPairs('med.train.tsv')];
  const cv = crossValidate(model, odw, [...law, ...med]);
  const lawCheck = crossCheck(model, law, [...odw, ...med]);
  const medCheck = crossCheck(model, med, [...odw, ...law]);
  model.priors = usable(model.priors);
  const corpusTexts = corpusFiles().map((file) => readFileSync(file, 'utf8'));
  const corpus = cleanAlarms(model, corpusTexts);
  const laws = cleanAlarms(model, lawDocuments().heldOut);
  lines.push(`校对模型（${model.smoothing}，${model.order} 元）：odw 5 折交叉验证 ${cv.errors.length} 个错字；语料 ${corpus.chars} 字，留出法律 ${laws.chars} 字`);
  lines.push(`（另以 csc-dev 的 law、med 错字 ${lawCheck.errors.length}、${medCheck.errors.length} 个交叉核对：先验不含该文件）`);
  lines.push('阈值 | 错字检出 | 首选正确 | odw 误报/万字 | 语料误报/万字 | 法律误报/万字 | 两者合计/万字 | law 检出/首选 | med 检出/首选');
  const odwChars = odw.reduce((n, p) => n + p.written.length, 0);
  for (const t of THRESHOLDS) {
    const found = cv.errors.filter((e) => e.score >= t);
    const right = found.filter((e) => e.right).length;
    lines.push(
      [
        t,
        pct(found.length, cv.errors.length),
        pct(right, found.length),
        per10k(cv.wrongAlarms.filter((s) => s >= t).length, odwChars),
        per10k(corpus.scores.filter((s) => s.score >= t).length, corpus.chars),
        per10k(laws.scores.filter((s) => s.score >= t).length, laws.chars),
        per10k(corpus.scores.filter((s) => s.score >= t).length + laws.scores.filter((s) => s.score >= t).length, corpus.chars + laws.chars),
        ...[lawCheck, medCheck].map((check) => {
          const hits = check.errors.filter((e) => e.score >= t);
          return `${pct(hits.length, check.errors.length)} / ${pct(hits.filter((e) => e.right).length, hits.length)}`;
        }),
      ].join(' | '),
    );
  }
  const idioms = idiomTest(model, corpusTexts.join('\n'));
  const idiomAlarms = (t: number) => corpus.scores.filter((s) => s.kind === 'idiom' && s.score >= t).length;
  const [strict, recommended] = tierThresholds();
  lines.push(
    `成语：${idioms.total} 个改一字，检出 ${pct(idioms.found, idioms.total)}，改对 ${pct(idioms.right, idioms.total)}；语料上的成语误报：strict 阈值 ${strict} ${idiomAlarms(strict)} 处，默认阈值 ${recommended} ${idiomAlarms(recommended)} 处`,
  );
  for (const a of corpus.scores.filter((s) => s.kind === 'idiom' && s.score >= strict)) lines.push(`  成语误报 ${a.score.toFixed(1)} ${a.text}  …${a.context}…`);
  if (process.env.LM_ALARMS) {
    const top = [...corpus.scores, ...laws.scores].sort((a, b) => b.score - a.score).slice(0, Number(process.env.LM_ALARMS));
    for (const a of top) lines.push(`  ${a.score.toFixed(1)} ${a.text}  …${a.context}…`);
  }
  return lines.join('\n');
}


if (import.meta.url === pathToFileURL(process.argv[1]).href) console.log(await evalModel());
