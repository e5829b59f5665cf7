/**
 * Maps each UTF-16 unit of a block's text back to the file text: unit i came from the file
 * span [start(i), end(i)). Most units come from one file unit; an escape (\*), an entity
 * (&amp;) or a masked run (code, URL) spans more.
 */
export interface OffsetMap {
  start(index: number): number;
  end(index: number): number;
  /** True when units a..b-1 are the file's own units, one for one: safe to replace. */
  isVerbatim(a: number, b: number): boolean;
}

/** The block text is a verbatim slice of the file starting at `base`. */
export class SliceMap implements OffsetMap {
  constructor(private readonly base: number) {}
  start(index: number): number {
    return this.base + index;
  }
  end(index: number): number {
    return this.base + index + 1;
  }
  isVerbatim(): boolean {
    return true;
  }
}

export class ArrayMap implements OffsetMap {
  constructor(
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    /** Units standing for masked content: a fix must never span them. */
    private readonly masked: Uint8Array,
  ) {}
  start(index: number): number {
    return this.starts[index];
  }
  end(index: number): number {
    return this.ends[index];
  }
  isVerbatim(a: number, b: number): boolean {
    for (let i = a; i < b; i++) {
      if (this.masked[i] || this.ends[i] - this.starts[i] !== 1) return false;
      if (i + 1 < b && this.ends[i] !== this.starts[i + 1]) return false;
    }
    return true;
  }
}
