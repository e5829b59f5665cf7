import { OBJECT_REPLACEMENT } from '../types.js';
import { ArrayMap, SliceMap, type OffsetMap } from './offset-map.js';
import { URL_PATTERN, isCjk } from './text-kinds.js';

export interface BuiltText {
  text: string;
  map: OffsetMap;
}

/**
 * Accumulates a block's text unit by unit with each unit's file span, then masks URLs and
 * removes soft line breaks between CJK characters (「围绕\n围绕」 reads as one word pair).
 */
export class BlockBuilder {
  private readonly units: string[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly masked: boolean[] = [];
  private readonly softBreaks: boolean[] = [];

  get length(): number {
    return this.units.length;
  }

  push(unit: string, start: number, end: number): void {
    this.add(unit, start, end, false, false);
  }

  /** A line break inside a paragraph that renders as nothing (CJK) or a space. */
  pushSoftBreak(start: number, end: number): void {
    this.add('\n', start, end, false, true);
  }

  /** Content that must not be linted, standing as one OBJECT_REPLACEMENT unit. */
  pushMask(start: number, end: number): void {
    this.add(OBJECT_REPLACEMENT, start, end, true, false);
  }

  private add(unit: string, start: number, end: number, masked: boolean, softBreak: boolean): void {
    this.units.push(unit);
    this.starts.push(start);
    this.ends.push(end);
    this.masked.push(masked);
    this.softBreaks.push(softBreak);
  }

  build(): BuiltText {
    this.maskUrls();
    const keep: number[] = [];
    for (let i = 0; i < this.units.length; i++) {
      if (this.softBreaks[i]) {
        if (isCjk(this.units[i - 1]) && isCjk(this.units[i + 1])) continue;
        this.units[i] = ' ';
      }
      keep.push(i);
    }
    const starts = new Int32Array(keep.length);
    const ends = new Int32Array(keep.length);
    const masked = new Uint8Array(keep.length);
    let text = '';
    keep.forEach((from, to) => {
      text += this.units[from];
      starts[to] = this.starts[from];
      ends[to] = this.ends[from];
      masked[to] = this.masked[from] ? 1 : 0;
    });
    return { text, map: new ArrayMap(starts, ends, masked) };
  }

  private maskUrls(): void {
    const text = this.units.join('');
    if (text.length !== this.units.length) throw new Error('block units must be single UTF-16 units');
    const matches = [...text.matchAll(URL_PATTERN)];
    for (const match of matches.reverse()) {
      const first = match.index;
      const last = first + match[0].length - 1;
      const start = this.starts[first];
      const end = this.ends[last];
      const count = last - first + 1;
      this.units.splice(first, count, OBJECT_REPLACEMENT);
      this.starts.splice(first, count, start);
      this.ends.splice(first, count, end);
      this.masked.splice(first, count, true);
      this.softBreaks.splice(first, count, false);
    }
  }
}

/** A verbatim slice of the file (a plain-text line), masked only where it holds a URL. */
export function sliceText(fileText: string, start: number, end: number): BuiltText {
  const text = fileText.slice(start, end);
  // search() ignores and keeps lastIndex; test() on a /g pattern would move it for matchAll.
  if (text.search(URL_PATTERN) < 0) return { text, map: new SliceMap(start) };
  const builder = new BlockBuilder();
  for (let i = 0; i < text.length; i++) builder.push(text[i], start + i, start + i + 1);
  return builder.build();
}
