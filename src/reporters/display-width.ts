import { eastAsianWidth } from 'get-east-asian-width';

// string-width's measure (v7) without its dependencies that cost ≈ 40 ms to load on every run:
// emoji-regex is replaced by the regexp engine's own RGI_Emoji, strip-ansi by the SGR codes
// chalk writes (the only escapes in our output).
const SGR = /\u001B\[[0-9;]*m/g;
const EMOJI = new RegExp('\\p{RGI_Emoji}', 'v'); // a literal with the v flag needs target ES2024
let graphemes: Intl.Segmenter | undefined;

/** Terminal cells of `text`: 2 for a wide character or an emoji, 0 for controls and combining marks. */
export function displayWidth(text: string): number {
  let width = 0;
  graphemes ??= new Intl.Segmenter();
  for (const { segment } of graphemes.segment(text.replace(SGR, ''))) {
    const codePoint = segment.codePointAt(0)!;
    if (codePoint <= 0x1f || (codePoint >= 0x7f && codePoint <= 0x9f)) continue;
    if (codePoint >= 0x300 && codePoint <= 0x36f) continue;
    width += EMOJI.test(segment) ? 2 : eastAsianWidth(codePoint);
  }
  return width;
}
