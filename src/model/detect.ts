import { WORD } from './format.js';
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
}

export const DEFAULT_WEIGHTS: Weights = { makesWord: 2, inWord: 3, makesIdiom: 6 };

const isHan = (code: number) => code >= 0x4e00 && code <= 0x9fff;
/** Numerals are numbers, not words: never flagged, never proposed. */
const NUMERALS = new Set('〇零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟');
const NAMES = WORD.place | WORD.person;
/** A term the document uses this often is the author's term. */
const REPEATS = 3;
const MAX_WORD = 4;

/**
 * Scores replacements for the suspicious characters of `text`: those in a trigram the model
 * never saw. A candidate's score is the language model's gain over the text as written
 * (log-probability of the characters whose context it changes) minus the prior of its
 * confusion source, plus word-list features. Returns the best candidate of each suspicious
 * stretch, whatever its score (the caller applies its threshold). Never proposes inside
 * 《》 titles, names, numbers or strings `document` repeats.
 */
export function findCorrections(
  model: ProofreadingModel,
  text: string,
  document: string = text,
  weights: Weights = DEFAULT_WEIGHTS,
): Correction[] {
  const ids = model.encode(text);
  const han = (i: number) => i >= 0 && i < text.length && isHan(text.charCodeAt(i));
  const excluded = excludedSpans(model, text, ids);
  const found: Correction[] = [];
  const occurrences = new Map<string, number>();
  const repeated = (span: string) => {
    let n = occurrences.get(span);
    if (n === undefined) occurrences.set(span, (n = document.split(span).length - 1));
    return n >= REPEATS;
  };
  const unseenTrigram = (i: number) => {
    for (let s = i - 2; s <= i; s++) {
      if (s < 0 || s + 3 > text.length || !han(s) || !han(s + 1) || !han(s + 2)) continue;
      if (ids[s] && ids[s + 1] && ids[s + 2] && model.count(ids, s, s + 3) === 0) return true;
    }
    return false;
  };
  /** Dictionary words of ids around i (2–4 characters), as [start, end, entry]. */
  const wordsAt = (i: number) => {
    const words: Array<{ start: number; end: number; frequency: number; flags: number }> = [];
    for (let length = 2; length <= MAX_WORD; length++) {
      for (let start = i - length + 1; start <= i; start++) {
        const end = start + length;
        if (!han(start) || !han(end - 1)) continue;
        let allHan = true;
        for (let k = start; k < end && allHan; k++) allHan = han(k);
        if (!allHan) continue;
        const entry = model.word(ids, start, end);
        if (entry) words.push({ start, end, ...entry });
      }
    }
    return words;
  };
  const horizon = model.order;

  for (let i = 0; i < text.length; i++) {
    if (!han(i) || excluded[i] || NUMERALS.has(text[i]) || !unseenTrigram(i)) continue;
    const written = ids[i];
    const to = Math.min(text.length, i + horizon);
    const before = model.logProbSpan(ids, i, to);
    const writtenWords = wordsAt(i).filter((w) => w.flags & WORD.dictionary);
    const inWord = writtenWords.length > 0;
    let best: Correction | undefined;
    model.forEachConfusable(written, (candidate, sources) => {
      const char = model.char(candidate);
      if (!isHan(char.charCodeAt(0)) || NUMERALS.has(char)) return;
      ids[i] = candidate;
      let score = model.logProbSpan(ids, i, to) - before - model.prior(sources);
      if (score + weights.makesIdiom + weights.makesWord <= (best?.score ?? -Infinity)) {
        ids[i] = written;
        return;
      }
      const words = wordsAt(i).filter((w) => w.flags & WORD.dictionary && !writtenWords.some((x) => x.start === w.start && x.end === w.end));
      ids[i] = written;
      const idiom = words.find((w) => w.flags & WORD.idiom && w.end - w.start === 4);
      const word = idiom ?? words.sort((a, b) => b.end - b.start - (a.end - a.start) || b.frequency - a.frequency)[0];
      if (word && !inWord) score += weights.makesWord;
      if (idiom) score += weights.makesIdiom;
      if (inWord && !idiom) score -= weights.inWord;
      if (best && score <= best.score) return;
      const [start, end] = word ? [word.start, word.end] : [i, i + 1];
      const replacement = text.slice(start, i) + char + text.slice(i + 1, end);
      best = { start, end, replacement, score, kind: idiom ? 'idiom' : 'char' };
    });
    if (!best) continue;
    const span = best.end - best.start >= 2 ? text.slice(best.start, best.end) : text.slice(Math.max(0, i - 1), i + 1);
    if (repeated(span)) continue;
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

/** Characters never flagged: inside 《》 titles and inside person or place names. */
function excludedSpans(model: ProofreadingModel, text: string, ids: Uint16Array): Uint8Array {
  const excluded = new Uint8Array(text.length);
  for (const match of text.matchAll(/《[^《》]*》/g)) excluded.fill(1, match.index, match.index + match[0].length);
  for (let start = 0; start < text.length; start++) {
    if (!isHan(text.charCodeAt(start))) continue;
    for (let end = start + 2; end <= Math.min(text.length, start + MAX_WORD) && isHan(text.charCodeAt(end - 1)); end++) {
      const entry = model.word(ids, start, end);
      if (entry && entry.flags & NAMES) excluded.fill(1, start, end);
    }
  }
  return excluded;
}
