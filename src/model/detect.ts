import { SOURCE, WORD } from './format.js';
import type { ProofreadingModel } from './model.js';

/** A suspected typo: replace text[start, end) by `replacement`; higher scores are surer. */
export interface Correction {
  start: number;
  end: number;
  replacement: string;
  score: number;
  /** 'char': one character; 'idiom': one character of an idiom; 'word': two characters of a word. */
  kind: 'char' | 'idiom' | 'word';
}

/** Weights of the word-list features, in log-probability units (tuned on csc-dev). */
export interface Weights {
  /** The candidate makes a dictionary word the text as written does not have. */
  makesWord: number;
  /** The written character already sits in a dictionary word of two or more characters. */
  inWord: number;
  /** The candidate completes an idiom. */
  makesIdiom: number;
  /** Taken from a two-character correction whose written pair the training text has. */
  seenPair: number;
  /** Taken back from makesIdiom for an idiom jieba counts as rare (认真吸取, 攻不破地: phrases, not idioms). */
  rareIdiom: number;
  /** The candidate makes no word: a lone character for another (到/至, 或/和) is often a choice, not a slip. */
  lone: number;
}

export const DEFAULT_WEIGHTS: Weights = { makesWord: 2, inWord: 3, makesIdiom: 10, rareIdiom: 3, seenPair: 1.5, lone: 3 };

const isHan = (code: number) => code >= 0x4e00 && code <= 0x9fff;
/** Numerals are numbers, not words: never flagged, never proposed. */
const NUMERALS = new Set('〇零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟');
const NUMERAL_CODES = new Set([...NUMERALS].map((char) => char.charCodeAt(0)));
const NAMES = WORD.place | WORD.person;
/** A term the document uses this often is the author's term. */
const REPEATS = 3;
const MAX_WORD = 4;
/** Sound-alike sources: two characters wrong at once are input-method slips. */
const SOUND = SOURCE.samePinyinSameTone | SOURCE.samePinyinOtherTone;
/** Candidates, best by the language model, whose word-list features are weighed. */
const FEATURED = 5;

/**
 * Scores replacements for the suspicious characters of `text`: those next to a bigram the
 * model never saw, or whose every trigram it never saw. A candidate's score is the language model's gain over the text as written
 * (log-probability of the characters whose context it changes) minus the prior of its
 * confusion source, plus word-list features. Returns the best candidate of each suspicious
 * stretch whose score reaches `minScore` (the rule's threshold; by default every one). A
 * candidate is abandoned as soon as its score plus the largest bonus its word-list features
 * could add cannot reach `minScore` (log-probabilities only fall as the span goes on), which
 * spares most of the work: with a threshold, stretches are formed of the corrections that reach
 * it. Never proposes inside
 * 《》 titles, names, numbers or strings `document` repeats.
 */
export function findCorrections(
  model: ProofreadingModel,
  text: string,
  document: string = text,
  weights: Weights = DEFAULT_WEIGHTS,
  minScore = -Infinity,
): Correction[] {
  const ids = model.encode(text);
  const han = (i: number) => i >= 0 && i < text.length && isHan(text.charCodeAt(i));
  /** A Han character the model knows: n-grams through it are looked up. */
  const known = (i: number) => han(i) && ids[i] !== 0;
  const excluded = titles(text);
  const proposable = proposableIds(model);
  const { confusableIds, confusableSources, pairSeconds } = model;
  const found: Correction[] = [];
  const seenGram = (start: number, length: number) => model.seen(ids, start, start + length);
  /** The written text's log-probability at each position, computed once: neighbouring positions share most of their spans. */
  const writtenLogProb = new Float64Array(text.length).fill(NaN);
  /** model.logProbSpan of the written text (ids must hold it). */
  const writtenSpan = (from: number, to: number) => {
    let sum = 0;
    for (let j = from; j < to; j++) {
      if (Number.isNaN(writtenLogProb[j])) writtenLogProb[j] = model.logProb(ids, j);
      sum += writtenLogProb[j];
    }
    return sum;
  };
  /** Whether the written n-gram (2 or 3) starting at s is unseen (1), seen (0), or not all known Han (2); -1: not looked up yet. */
  const unseenAt = [new Int8Array(text.length).fill(-1), new Int8Array(text.length).fill(-1)];
  const unseenWritten = (s: number, length: 2 | 3) => {
    const cache = unseenAt[length - 2];
    if (cache[s] < 0) cache[s] = known(s) && known(s + 1) && (length === 2 || known(s + 2)) ? (seenGram(s, length) ? 0 : 1) : 2;
    return cache[s] === 1;
  };
  /**
   * The gate: a written bigram through i is unseen, or every written trigram through i is.
   * (Any unseen trigram marks about 58% of the corpus's Han characters, this 30%, at the cost
   * of 0.6 points of odw recall at threshold 8.)
   */
  const suspicious = (i: number) => {
    if ((i >= 1 && unseenWritten(i - 1, 2)) || unseenWritten(i, 2)) return true;
    let any = false;
    for (let s = Math.max(0, i - 2); s <= i; s++) {
      if (unseenWritten(s, 3)) any = true;
      else if (unseenAt[1][s] === 0) return false;
    }
    return any;
  };
  const allHan = (start: number, end: number) => {
    for (let k = start; k < end; k++) if (!han(k)) return false;
    return true;
  };
  /** Dictionary words of ids around i (2–4 characters), as [start, end, entry]. */
  const wordsAt = (i: number) => {
    const words: Array<{ start: number; end: number; frequency: number; flags: number }> = [];
    for (let length = 2; length <= MAX_WORD; length++) {
      for (let start = i - length + 1; start <= i; start++) {
        const end = start + length;
        if (!allHan(start, end)) continue;
        const entry = model.word(ids, start, end);
        if (entry) words.push({ start, end, ...entry });
      }
    }
    return words;
  };
  const horizon = model.order;
  /** The characters that, put at i, make a four-character idiom of the text: one index probe per window. */
  const idiomFills = (i: number) => {
    const fills: number[] = [];
    for (let start = i - 3; start <= i; start++) if (allHan(start, start + 4)) model.forEachIdiomFill(ids, start, i, (fill) => fills.push(fill));
    return fills;
  };
  /** The written text from `start` is two dictionary words of two characters (认真 汲取): a phrase, not a corrupted idiom. */
  const twoWords = (start: number) =>
    ((model.word(ids, start, start + 2)?.flags ?? 0) & WORD.dictionary) !== 0 && ((model.word(ids, start + 2, start + 4)?.flags ?? 0) & WORD.dictionary) !== 0;
  /** Inside a person or place name of the lists. */
  const inName = (i: number) => {
    for (let length = 2; length <= MAX_WORD; length++) {
      for (let start = i - length + 1; start <= i; start++) {
        if (allHan(start, start + length) && model.wordFlags(ids, start, start + length) & NAMES) return true;
      }
    }
    return false;
  };
  /**
   * Two wrong characters of one word (淡味 → 单位, 神迹 → 审计): a written pair whose characters
   * both sound like those of a frequent word.
   */
  /** Sound-alikes of the pair's second character by id: their SOURCE bits, and their rank in its confusion set (ties go to the first). */
  const secondSources = new Uint8Array(model.header.vocabSize + 1);
  const secondRank = new Uint16Array(model.header.vocabSize + 1);
  const wordPair = (i: number, floor: number): Correction | undefined => {
    if (!han(i + 1) || excluded[i + 1] || !ids[i] || !ids[i + 1]) return undefined;
    const [first, second] = [ids[i], ids[i + 1]];
    // The pair index lists the frequent words: only they are scored.
    const [secondFrom, secondTo] = [model.confusableStart(second), model.confusableStart(second + 1)];
    for (let k = secondFrom; k < secondTo; k++) {
      if (!(confusableSources[k] & SOUND)) continue;
      secondSources[confusableIds[k]] = confusableSources[k];
      secondRank[confusableIds[k]] = k - secondFrom + 1;
    }
    const words: Array<{ a: number; b: number; priorA: number; priorB: number }> = [];
    for (let k = model.confusableStart(first); k < model.confusableStart(first + 1); k++) {
      if (!(confusableSources[k] & SOUND)) continue;
      const a = confusableIds[k];
      const from = words.length;
      for (let w = model.pairWordStart(a); w < model.pairWordStart(a + 1); w++) {
        const b = pairSeconds[w];
        if (secondSources[b]) words.push({ a, b, priorA: model.prior(confusableSources[k]), priorB: model.prior(secondSources[b]) });
      }
      // In the order of the confusion sets, as ties are broken.
      if (words.length - from > 1) words.splice(from, words.length - from, ...words.slice(from).sort((x, y) => secondRank[x.b] - secondRank[y.b]));
    }
    for (let k = secondFrom; k < secondTo; k++) secondSources[confusableIds[k]] = 0;
    if (words.length === 0) return undefined;
    const to = Math.min(text.length, i + 1 + horizon);
    const before = writtenSpan(i, to);
    // The best a word can score: the language model cannot give it more than probability 1.
    if (-before - Math.min(...words.map((w) => w.priorA + w.priorB)) + pairBonus < floor - EPSILON) return undefined;
    // The words the language model can raise high enough (any penalty), before the word lists are looked up.
    const reaching: Array<(typeof words)[number] & { span: number }> = [];
    for (const word of words) {
      [ids[i], ids[i + 1]] = [word.a, word.b];
      const lowest = floor + before + word.priorA + word.priorB - pairBonus - EPSILON;
      const span = model.logProbSpan(ids, i, to, lowest);
      if (span >= lowest) reaching.push({ ...word, span });
    }
    [ids[i], ids[i + 1]] = [first, second];
    if (reaching.length === 0) return undefined;
    // A pair inside a longer word or name is that word's (迎刃而解, 伯利兹); a pair that is a word
    // itself (神迹 for 审计) or that the laws use (危机 for 违纪) must win by more.
    const written = [...wordsAt(i), ...wordsAt(i + 1)].filter((w) => w.start <= i && i + 2 <= w.end);
    if (written.some((w) => w.end - w.start > 2 || w.flags & NAMES)) return undefined;
    const penalty = (written.length > 0 ? weights.inWord : 0) + (model.seen(ids, i, i + 2) ? weights.seenPair : 0);
    let best: Correction | undefined;
    for (const { a, b, priorA, priorB, span } of reaching) {
      const score = span - before - priorA - priorB + weights.makesWord - penalty;
      if (score < floor - EPSILON) continue;
      if (!best || score > best.score) best = { start: i, end: i + 2, replacement: model.char(a) + model.char(b), score, kind: 'word' };
    }
    return best;
  };
  /** Upper bounds of what word-list features add to a candidate's language-model score (any weights). */
  const wordBonus = Math.max(0, weights.makesWord) + Math.max(0, -weights.inWord, -weights.lone);
  const idiomBonus = wordBonus + Math.max(0, weights.makesIdiom) + Math.max(0, -weights.rareIdiom);
  const pairBonus = weights.makesWord - Math.min(0, weights.inWord) - Math.min(0, weights.seenPair);

  for (let i = 0; i < text.length; i++) {
    if (!han(i) || excluded[i] || partOfNumber(text, i) || !suspicious(i)) continue;
    const written = ids[i];
    const to = Math.min(text.length, i + horizon);
    // The language model ranks the candidates; word-list features then decide among the best few.
    const ranked: Array<{ candidate: number; sources: number; score: number; idiom: boolean; bonus: number }> = [];
    const fills = idiomFills(i);
    let before: number | undefined;

    // A candidate's bigrams with its neighbours come from the bit set; a trigram is looked up only if they are seen.
    const left = known(i - 1) ? ids[i - 1] : 0;
    const right = known(i + 1) ? ids[i + 1] : 0;
    const [farLeft, farRight] = [known(i - 2), known(i + 2)];
    for (let k = model.confusableStart(written); k < model.confusableStart(written + 1); k++) {
      const candidate = confusableIds[k];
      if (!proposable[candidate]) continue;
      // Cheap test first: a candidate that leaves every trigram around i unseen gains little.
      const leftSeen = left !== 0 && model.seenBigram(left, candidate);
      const rightSeen = right !== 0 && model.seenBigram(candidate, right);
      const completes = fills.length > 0 && fills.includes(candidate);
      if (!leftSeen && !rightSeen && !completes) continue;
      ids[i] = candidate;
      const seen =
        (leftSeen && farLeft && seenGram(i - 2, 3)) || (leftSeen && rightSeen && seenGram(i - 1, 3)) || (rightSeen && farRight && seenGram(i, 3));
      const idiom = !seen && completes;
      if (seen || idiom) {
        if (before === undefined) {
          ids[i] = written;
          before = writtenSpan(i, to);
          ids[i] = candidate;
        }
        // score: the candidate's log-probability for now, abandoned once it cannot reach minScore.
        const sources = confusableSources[k];
        const bonus = completes ? idiomBonus : wordBonus;
        const floor = minScore + before + model.prior(sources) - bonus - EPSILON;
        const score = model.logProbSpan(ids, i, to, floor);
        if (score >= floor) ranked.push({ candidate, sources, score, idiom, bonus });
      }
      ids[i] = written;
    }
    for (const r of ranked) r.score = r.score - before! - model.prior(r.sources);
    ranked.sort((a, b) => b.score - a.score || a.candidate - b.candidate);
    const writtenWords = ranked.length > 0 ? wordsAt(i).filter((w) => w.flags & WORD.dictionary) : [];
    const inWord = writtenWords.length > 0;
    let best: Correction | undefined;
    for (const { candidate, score: lmScore, bonus } of ranked.filter((r, rank) => rank < FEATURED || r.idiom)) {
      if (lmScore + bonus < minScore) continue;
      ids[i] = candidate;
      const words = wordsAt(i).filter((w) => w.flags & WORD.dictionary && !writtenWords.some((x) => x.start === w.start && x.end === w.end));
      ids[i] = written;
      const idiom = words.find((w) => w.flags & WORD.idiom && w.end - w.start === 4 && !twoWords(w.start));
      const word = idiom ?? words.sort((a, b) => b.end - b.start - (a.end - a.start) || b.frequency - a.frequency)[0];
      let score = lmScore;
      if (word && !inWord) score += weights.makesWord;
      if (idiom) score += weights.makesIdiom - (idiom.frequency <= RARE ? weights.rareIdiom : 0);
      if (inWord && !idiom) score -= weights.inWord;
      if (!word) score -= weights.lone;
      if (best && score <= best.score) continue;
      const [start, end] = word ? [word.start, word.end] : [i, i + 1];
      best = { start, end, replacement: text.slice(start, i) + model.char(candidate) + text.slice(i + 1, end), score, kind: idiom ? 'idiom' : 'char' };
    }
    const pair = wordPair(i, Math.max(minScore, best?.score ?? -Infinity));
    if (pair && (!best || pair.score > best.score)) best = pair;
    // Names are looked up last: few positions get this far.
    if (!best || best.score < minScore || inName(i)) continue;
    const span = best.end - best.start >= 2 ? text.slice(best.start, best.end) : text.slice(Math.max(0, i - 1), i + 1);
    if (repeats(document, span) >= REPEATS) continue;
    // One typo makes its neighbours' trigrams unseen too: keep the best of a stretch.
    const last = found[found.length - 1];
    if (last && best.start < last.end + 1 && i - last.end < horizon) {
      if (best.score > last.score) found[found.length - 1] = best;
      continue;
    }
    found.push(best);
  }
  return found;
}

const proposableCache = new WeakMap<ProofreadingModel, Uint8Array>();

/** By id, whether a character may be proposed: Han, not a numeral. */
function proposableIds(model: ProofreadingModel): Uint8Array {
  let proposable = proposableCache.get(model);
  if (!proposable) {
    proposable = new Uint8Array(model.header.vocabSize + 1);
    for (let id = 1; id <= model.header.vocabSize; id++) proposable[id] = isHan(model.charCode(id)) && !NUMERAL_CODES.has(model.charCode(id)) ? 1 : 0;
    proposableCache.set(model, proposable);
  }
  return proposable;
}

/** Slack of the bounds against rounding: a bound never drops a candidate that reaches minScore. */
const EPSILON = 1e-9;

/** jieba's lowest count: its rare words and idioms. */
const RARE = 3;

/** Occurrences of spans in the document last asked about (the rule asks block by block). */
let counted: { document: string; occurrences: Map<string, number> } = { document: '', occurrences: new Map() };

/** How often `span` occurs in `document`, counted once per document. */
function repeats(document: string, span: string): number {
  if (counted.document !== document) counted = { document, occurrences: new Map() };
  let n = counted.occurrences.get(span);
  if (n === undefined) {
    n = 0;
    for (let at = document.indexOf(span); at >= 0; at = document.indexOf(span, at + span.length)) n++;
    counted.occurrences.set(span, n);
  }
  return n;
}

/** A numeral next to another numeral or a digit is part of a number (十点 alone may be 试点). */
function partOfNumber(text: string, i: number): boolean {
  const numeric = (k: number) => k >= 0 && k < text.length && (NUMERALS.has(text[k]) || /[0-9０-９]/.test(text[k]));
  return numeric(i) && (numeric(i - 1) || numeric(i + 1));
}

/** Characters inside 《》 titles: never flagged. */
function titles(text: string): Uint8Array {
  const excluded = new Uint8Array(text.length);
  for (const match of text.matchAll(/《[^《》]*》/g)) excluded.fill(1, match.index, match.index + match[0].length);
  return excluded;
}
