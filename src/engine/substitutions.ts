import { appliesInYear, fileYear } from '../document-date.js';
import type { DictionaryKind } from '../dict/load.js';
import { substitutionMatcher, type WordMatcher } from '../dict/matcher.js';
import { patternMatches } from '../dict/patterns.js';
import type { SubstitutionEntry } from '../dict/types.js';
import { crossesDictionaryWord } from '../nlp/tokens.js';
import type { Block } from '../types.js';
import type { RuleContext, RuleHandlers } from './rule.js';

/** Sentence ends: an entry's `unless` pattern is tested on the sentence around a match. */
const SENTENCE_END = /[。！？；!?;]/;

export interface SubstitutionMessages {
  /** Message of a certain correction (fixed with the first `right`, the others suggested). */
  certain: string;
  /** Message of an uncertain one (`certain: false`: every `right` is only a suggestion). */
  uncertain: string;
}

/**
 * Handlers of a rule that reports the entries of a substitution dictionary found in each
 * block. Per entry:
 * - `certain: false` makes every `right` a suggestion; otherwise the first is the fix;
 * - `unless` (a regular expression, run in linear time) drops matches whose sentence it matches
 *   (「既使……又使……」 is no 「即使」);
 * - `boundary: true` drops matches that split a dictionary word of the segmentation
 *   (「取得成功坚定信心」 holds no 「功坚」);
 * - `validFrom` / `validUntil` (years) limit it to documents of those years
 *   (see documentYear: the configured date or the latest year the text mentions).
 */
export function substitutionHandlers(
  context: RuleContext<object>,
  kind: DictionaryKind,
  messages: SubstitutionMessages,
  /** A rule's own guard: true drops the match at [start, end) of the block. */
  skip?: (block: Block, start: number, end: number) => boolean,
): RuleHandlers {
  const { entries } = context.substitutions(kind);
  const matcher = cachedMatcher(entries);
  const year = fileYear(context.settings, context.fileText);
  return {
    block(block) {
      for (const { entry, start, end } of matcher.findAll(block.text)) {
        if (!appliesInYear(entry, year)) continue;
        if (typeof entry.unless === 'string' && patternMatches(entry.unless, sentenceAround(block.text, start, end))) continue;
        if (entry.boundary === true && crossesDictionaryWord(block.tokens, start, end)) continue;
        if (skip?.(block, start, end)) continue;
        report(context, block, entry, start, end, messages);
      }
    },
  };
}

function report(context: RuleContext<object>, block: Block, entry: SubstitutionEntry, start: number, end: number, messages: SubstitutionMessages): void {
  const suggestions = entry.right.map((text) => ({ text }));
  if (entry.certain === false) {
    context.report({ block, range: [start, end], messageId: messages.uncertain, data: { expected: entry.right.join('”或“') }, suggest: suggestions });
  } else {
    context.report({ block, range: [start, end], messageId: messages.certain, fix: suggestions[0], suggest: suggestions.slice(1) });
  }
}

/** Each dictionary's matcher, compiled once (dictionaries are loaded once per process). */
const matchers = new WeakMap<readonly SubstitutionEntry[], WordMatcher<SubstitutionEntry>>();
export function cachedMatcher(entries: readonly SubstitutionEntry[]): WordMatcher<SubstitutionEntry> {
  let matcher = matchers.get(entries);
  if (!matcher) {
    matcher = substitutionMatcher(entries);
    matchers.set(entries, matcher);
  }
  return matcher;
}

function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to])) to++;
  return text.slice(from, to);
}
