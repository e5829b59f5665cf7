import { eastAsianWidth } from 'get-east-asian-width';

// string-width's measure (v7) without its dependencies that cost ≈ 40 ms to load on every run:
// emoji-regex (it matches emoji in their text form too) is replaced by the Extended_Pictographic
// property, regional indicators and the keycap mark; strip-ansi by chalk's colour codes, the
// only escapes in our output. Text without emoji, marks or astral characters (every message)
// is measured per character; the rest per grapheme (the segmenter costs ≈ 20 ms: only then).
const SGR = /\u001B\[[0-9;]*m/g;
const NEEDS_GRAPHEMES = /[\p{Extended_Pictographic}\p{M}\p{Cf}\uD800-\uDFFF]/u;
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20E3/u;
let graphemes: Intl.Segmenter | undefined;

/** Terminal cells of `text`: 2 for a wide character or an emoji, 0 for controls and combining marks. */
export function displayWidth(text: string): number {
  const plain = text.replace(SGR, '');
  const perGrapheme = NEEDS_GRAPHEMES.test(plain);
  const units: Iterable<string> = perGrapheme ? [...(graphemes ??= new Intl.Segmenter()).segment(plain)].map(({ segment }) => segment) : plain;
  let width = 0;
  for (const unit of units) {
    const codePoint = unit.codePointAt(0)!;
    if (codePoint <= 0x1f || (codePoint >= 0x7f && codePoint <= 0x9f)) continue;
    if (codePoint >= 0x300 && codePoint <= 0x36f) continue;
    width += perGrapheme && EMOJI.test(unit) ? 2 : eastAsianWidth(codePoint);
  }
  return width;
}
