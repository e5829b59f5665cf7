import type { InlineMarkup } from '../source/document.js';
import type { OffsetMap } from '../source/offset-map.js';
import type { Fix, Range } from '../types.js';

/**
 * Turns a fix on block text into a fix on the file: the replaced span is first narrowed to
 * what really changes (「新时达」→「新时代」 touches only 达), so that a fix never rewrites
 * Markdown markup or masked content around it. Returns undefined when the narrowed span is
 * not verbatim file text: such a fix could corrupt the file, and is not offered.
 */
export function toFileFix(blockText: string, map: OffsetMap, range: Range, replacement: string): Fix | undefined {
  let [start, end] = range;
  let text = replacement;
  const original = blockText.slice(start, end);
  let prefix = 0;
  while (prefix < original.length && prefix < text.length && original[prefix] === text[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < original.length - prefix &&
    suffix < text.length - prefix &&
    original[original.length - 1 - suffix] === text[text.length - 1 - suffix]
  )
    suffix++;
  // Keep surrogate pairs whole.
  if (prefix > 0 && isHighSurrogate(original.charCodeAt(prefix - 1))) prefix--;
  if (suffix > 0 && isLowSurrogate(original.charCodeAt(original.length - suffix))) suffix--;
  start += prefix;
  end -= suffix;
  text = text.slice(prefix, text.length - suffix);
  if (start === end && text === '') return undefined;
  if (!map.isVerbatim(start, end)) return undefined;
  return { range: toFileRange(map, blockText.length, start, end), text };
}

/**
 * A fix that deletes all the text of a Markdown inline node (`围绕**围绕**` → `围绕****`) takes the
 * node's markup with it, so that no empty `****` or `[](url)` is left. A link's markup holds its
 * URL, which the user was not shown as a problem: such a fix is offered only as a suggestion.
 */
export function withEmptiedMarkup(fix: Fix, markup: readonly InlineMarkup[] = []): { fix: Fix; suggestOnly: boolean } {
  if (fix.text !== '') return { fix, suggestOnly: false };
  let [start, end] = fix.range;
  let suggestOnly = false;
  for (let widened = true; widened; ) {
    widened = false;
    for (const { outer, inner, isLink } of markup) {
      if (start <= inner[0] && end >= inner[1] && (start > outer[0] || end < outer[1])) {
        [start, end] = [Math.min(start, outer[0]), Math.max(end, outer[1])];
        suggestOnly ||= isLink;
        widened = true;
      }
    }
  }
  return { fix: { range: [start, end], text: '' }, suggestOnly };
}

/** Maps a block-text range to file offsets; an empty range is an insertion point. */
export function toFileRange(map: OffsetMap, length: number, start: number, end: number): [number, number] {
  if (start < end) return [map.start(start), map.end(end - 1)];
  const at = start < length ? map.start(start) : length > 0 ? map.end(length - 1) : 0;
  return [at, at];
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
