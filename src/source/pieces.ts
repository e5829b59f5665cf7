import type { SourceBlock } from './document.js';
import type { OffsetMap } from './offset-map.js';

/**
 * The longest text a rule that needs tokens is given at once. Segmentation and the work those
 * rules do per token grow faster than the text on some inputs (a 10 MB paragraph without line
 * breaks took 76 s); government reports' paragraphs are far shorter, so only pathological
 * blocks are cut.
 */
export const PIECE_LIMIT = 2_000;

/** Where a piece may end, best first: after a sentence, after a clause, anywhere. */
const SENTENCE_END = /[。！？；!?;\n]/;
const CLAUSE_END = /[，、：,:\s]/;
/** Closing marks that belong to the sentence they close (“……。”). */
const CLOSING = /[”’」』）)》〉】〕]/;

/**
 * A block cut into pieces of at most `limit` units for the token-level rules, each cut right
 * after a sentence end in the second half of the piece where there is one (a finding never
 * spans a sentence end), else after a clause mark, else at the limit (never inside a
 * surrogate pair). Each piece maps back to the file through the block's own map.
 */
export function piecesOf(block: SourceBlock, lineOf: (offset: number) => number, limit = PIECE_LIMIT): SourceBlock[] {
  const { text } = block;
  if (text.length <= limit) return [block];
  const pieces: SourceBlock[] = [];
  for (let from = 0; from < text.length; ) {
    const to = from + limit >= text.length ? text.length : cutBefore(text, from + Math.floor(limit / 2), from + limit);
    const map = from === 0 ? block.map : new ShiftedMap(block.map, from);
    pieces.push({
      ...block,
      text: text.slice(from, to),
      map,
      line: from === 0 ? block.line : lineOf(map.start(0)),
      listMarker: from === 0 ? block.listMarker : undefined,
    });
    from = to;
  }
  return pieces;
}

/** The end of a piece in [min, max]: after the last sentence end, else clause end, else max. */
function cutBefore(text: string, min: number, max: number): number {
  for (const mark of [SENTENCE_END, CLAUSE_END]) {
    for (let i = max - 1; i >= min; i--) {
      if (!mark.test(text[i])) continue;
      let end = i + 1;
      while (end < max && CLOSING.test(text[end])) end++;
      return end;
    }
  }
  const code = text.charCodeAt(max - 1);
  return code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
}

/** A piece's map: its unit i is unit i + offset of the block. */
class ShiftedMap implements OffsetMap {
  constructor(
    private readonly map: OffsetMap,
    private readonly offset: number,
  ) {}
  start(index: number): number {
    return this.map.start(index + this.offset);
  }
  end(index: number): number {
    return this.map.end(index + this.offset);
  }
  isVerbatim(a: number, b: number): boolean {
    return this.map.isVerbatim(a + this.offset, b + this.offset);
  }
}
