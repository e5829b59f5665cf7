import type { Position } from '../types.js';

/**
 * Converts UTF-16 offsets of a file text into 1-based line and code point column.
 * Line breaks are \r\n, \n and \r, as in editors.
 */
export class LineIndex {
  private readonly lineStarts: number[] = [0];
  /**
   * Per line holding a surrogate pair (columns count code points): the code points before every
   * CHECKPOINT_STEP-th unit, so that a column costs at most one step of counting, not the whole
   * line (100,000 findings on one long line were quadratic). null for a line without one.
   */
  private readonly checkpoints = new Map<number, Int32Array | null>();

  constructor(private readonly text: string) {
    const breaks = /\r\n|\r|\n/g;
    for (let m = breaks.exec(text); m; m = breaks.exec(text)) this.lineStarts.push(m.index + m[0].length);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** 0-based offset where a 1-based line starts. */
  lineStart(line: number): number {
    return this.lineStarts[Math.min(Math.max(line, 1), this.lineStarts.length) - 1];
  }

  lineOf(offset: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }

  position(offset: number): Position {
    const clamped = Math.min(Math.max(offset, 0), this.text.length);
    const line = this.lineOf(clamped);
    const start = this.lineStarts[line - 1];
    return { line, column: this.codePointsBetween(line, start, clamped) + 1, offset: clamped };
  }

  /** 0-based UTF-16 column, as LSP and SARIF want it. */
  utf16Column(offset: number): number {
    return offset - this.lineStarts[this.lineOf(offset) - 1];
  }

  private codePointsBetween(line: number, start: number, end: number): number {
    let marks = this.checkpoints.get(line);
    if (marks === undefined) {
      const next = line < this.lineStarts.length ? this.lineStarts[line] : this.text.length;
      marks = /[\uD800-\uDBFF]/.test(this.text.slice(start, next)) ? this.checkpointsOf(start, next) : null;
      this.checkpoints.set(line, marks);
    }
    if (!marks) return end - start;
    const step = Math.floor((end - start) / CHECKPOINT_STEP);
    return marks[step] + this.countCodePoints(start, start + step * CHECKPOINT_STEP, end);
  }

  private checkpointsOf(start: number, next: number): Int32Array {
    const marks = new Int32Array(Math.floor((next - start) / CHECKPOINT_STEP) + 1);
    for (let step = 1; step < marks.length; step++) {
      const from = start + (step - 1) * CHECKPOINT_STEP;
      marks[step] = marks[step - 1] + this.countCodePoints(start, from, from + CHECKPOINT_STEP);
    }
    return marks;
  }

  /** Code points in [from, to) of the line starting at lineStart (a pair split at `from` counts once). */
  private countCodePoints(lineStart: number, from: number, to: number): number {
    let count = 0;
    for (let i = from; i < to; i++) {
      const code = this.text.charCodeAt(i);
      if (code >= 0xdc00 && code <= 0xdfff && i > lineStart) {
        const previous = this.text.charCodeAt(i - 1);
        if (previous >= 0xd800 && previous <= 0xdbff) continue;
      }
      count++;
    }
    return count;
  }
}

const CHECKPOINT_STEP = 1024;
