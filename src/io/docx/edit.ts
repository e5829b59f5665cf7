/**
 * Edits one part of a Word document at text offsets of the part as it was read: comment anchors
 * and tracked changes. A span is isolated by splitting runs at its ends (each new run keeps the
 * run's formatting), so a span across bold and plain text stays bold and plain. The segment map
 * is kept up to date, so any number of edits can be made at offsets of the original text.
 */
import type { Document, Element, Node } from '@xmldom/xmldom';
import { W, isW } from './package.js';
import type { DocxPart, TextSegment } from './read.js';

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

export interface RevisionMark {
  author: string;
  /** xsd:dateTime */
  date: string;
  nextId: () => number;
}

export class PartEditor {
  private readonly segments: TextSegment[];
  private readonly document: Document;

  constructor(part: DocxPart) {
    this.segments = part.segments;
    this.document = part.segments[0]?.t.ownerDocument as Document;
  }

  /** Marks [start, end) as the scope of comment `id`; a span with no text of its own is anchored at its start. */
  anchorComment(start: number, end: number, id: number): boolean {
    if (!this.document || !this.isolate(start) || !this.isolate(end)) return false;
    const runs = start < end ? this.runsIn(start, end) : [];
    const rangeStart = this.w('commentRangeStart', { id: String(id) });
    const rangeEnd = this.w('commentRangeEnd', { id: String(id) });
    if (runs.length) {
      runs[0].parentNode!.insertBefore(rangeStart, runs[0]);
      insertAfter(rangeEnd, runs[runs.length - 1]);
    } else {
      const point = this.point(start);
      if (!point) return false;
      if (point.side === 'after') insertAfter(rangeStart, point.run);
      else point.run.parentNode!.insertBefore(rangeStart, point.run);
      insertAfter(rangeEnd, rangeStart);
    }
    const reference = this.w('r');
    reference.appendChild(this.w('commentReference', { id: String(id) }));
    insertAfter(reference, rangeEnd);
    return true;
  }

  /**
   * Replaces [start, end) by `text` as a tracked change: the old runs wrapped in w:del, the new
   * text in w:ins with the formatting of the first old run. Only spans made wholly of text (no
   * line end, tab or field inside) can be changed.
   */
  trackChange(start: number, end: number, text: string, mark: RevisionMark): boolean {
    if (!this.document || !this.coveredByText(start, end)) return false;
    if (!this.isolate(start) || !this.isolate(end)) return false;
    const runs = this.runsIn(start, end);
    let last: Element | undefined;
    for (let i = this.indexAt(start); i < this.segments.length && this.segments[i].start < end; i++) {
      if (this.segments[i].start >= start) this.segments[i].t = this.toDeletedText(this.segments[i].t);
    }
    for (const run of runs) {
      // Runs side by side go into one w:del: one change to accept or reject.
      if (last && run.previousSibling === last) {
        last.appendChild(run);
        continue;
      }
      const deletion = this.w('del', { id: String(mark.nextId()), author: mark.author, date: mark.date });
      run.parentNode!.insertBefore(deletion, run);
      deletion.appendChild(run);
      last = deletion;
    }
    if (!text) return true;
    const point = runs.length ? undefined : this.point(start);
    const model = runs[0] ?? point?.run;
    if (!model) return false;
    const insertion = this.w('ins', { id: String(mark.nextId()), author: mark.author, date: mark.date });
    const run = this.runLike(model);
    const t = this.w('t');
    setText(t, text);
    run.appendChild(t);
    insertion.appendChild(run);
    if (last) insertAfter(insertion, last);
    else if (point!.side === 'after') insertAfter(insertion, point!.run);
    else point!.run.parentNode!.insertBefore(insertion, point!.run);
    return true;
  }

  /** Does every character of [start, end) come from a w:t, and is there text to attach an insertion to? */
  private coveredByText(start: number, end: number): boolean {
    if (start === end) {
      const here = this.segments[this.indexAt(start)];
      return Boolean(here && here.start <= start && start <= here.end) || this.point(start, true) !== undefined;
    }
    let cursor = start;
    for (let i = this.indexAt(start); i < this.segments.length && cursor < end; i++) {
      const segment = this.segments[i];
      if (segment.end <= cursor) continue;
      if (segment.start > cursor) return false;
      cursor = segment.end;
    }
    return cursor >= end;
  }

  /** The run a point is attached to: the text ending there, else the text starting there (else, unless strict, the nearest). */
  private point(offset: number, strict = false): { run: Element; side: 'after' | 'before' } | undefined {
    const i = this.indexAt(offset);
    const here = this.segments[i];
    if (!here) return undefined;
    const after = (segment: TextSegment) => ({ run: segment.t.parentNode as Element, side: 'after' as const });
    const before = (segment: TextSegment) => ({ run: segment.t.parentNode as Element, side: 'before' as const });
    if (here.end === offset) return after(here);
    const next = here.start >= offset ? here : this.segments[i + 1];
    if (next && (next.start === offset || !strict)) return before(next);
    if (strict) return undefined;
    return here.end <= offset ? after(here) : undefined;
  }

  /** Runs holding the text of [start, end), in document order (after isolate at both ends). */
  private runsIn(start: number, end: number): Element[] {
    const runs: Element[] = [];
    for (let i = this.indexAt(start); i < this.segments.length && this.segments[i].start < end; i++) {
      const segment = this.segments[i];
      if (segment.start < start) continue;
      const run = segment.t.parentNode as Element;
      if (runs[runs.length - 1] !== run) runs.push(run);
    }
    return runs;
  }

  /** Makes a run boundary at `offset`, splitting a run (and its w:t) where needed. */
  private isolate(offset: number): boolean {
    const i = this.indexAt(offset);
    const segment = this.segments[i];
    if (segment && segment.start < offset && offset < segment.end) {
      if (!isW(segment.t.parentNode, 'r')) return false;
      const text = segment.t.textContent ?? '';
      const cut = offset - segment.start;
      const right = this.document.createElementNS(W, segment.t.tagName);
      setText(right, text.slice(cut));
      setText(segment.t, text.slice(0, cut));
      segment.t.parentNode!.insertBefore(right, segment.t.nextSibling);
      this.splitRunBefore(right);
      this.segments.splice(i + 1, 0, { start: offset, end: segment.end, t: right });
      segment.end = offset;
      return true;
    }
    if (segment && segment.end === offset && isW(segment.t.parentNode, 'r')) {
      const following = segment.t.nextSibling;
      if (following) this.splitRunBefore(following);
    }
    const next = this.segments[segment && segment.start >= offset ? i : i + 1];
    if (next && next.start === offset && isW(next.t.parentNode, 'r') && previousContent(next.t)) this.splitRunBefore(next.t);
    return true;
  }

  /** Moves `child` and what follows it in its run into a new run, with the same formatting, after it. */
  private splitRunBefore(child: Node): void {
    const run = child.parentNode as Element;
    const tail = this.runLike(run);
    for (let node: Node | null = child; node; ) {
      const next: Node | null = node.nextSibling;
      tail.appendChild(node);
      node = next;
    }
    insertAfter(tail, run);
  }

  /** An empty run with a copy of `run`'s formatting (without its own tracked formatting change). */
  private runLike(run: Element): Element {
    const copy = this.w('r');
    const properties = Array.from(run.childNodes).find((n) => isW(n, 'rPr')) as Element | undefined;
    if (properties) {
      const clone = properties.cloneNode(true) as Element;
      for (const child of Array.from(clone.childNodes)) if (isW(child, 'rPrChange') || isW(child, 'ins') || isW(child, 'del')) clone.removeChild(child);
      copy.appendChild(clone);
    }
    return copy;
  }

  private toDeletedText(t: Element): Element {
    const deleted = this.w('delText');
    setText(deleted, t.textContent ?? '');
    t.parentNode!.replaceChild(deleted, t);
    return deleted;
  }

  /** The last segment starting at or before `offset` (0 if none). */
  private indexAt(offset: number): number {
    let low = 0;
    let high = this.segments.length - 1;
    let found = 0;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (this.segments[mid].start <= offset) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    return found;
  }

  private w(name: string, attributes: Record<string, string> = {}): Element {
    const element = this.document.createElementNS(W, `w:${name}`);
    for (const [key, value] of Object.entries(attributes)) element.setAttributeNS(W, `w:${key}`, value);
    return element;
  }
}

function insertAfter(node: Node, reference: Node): void {
  reference.parentNode!.insertBefore(node, reference.nextSibling);
}

export function setText(t: Element, text: string): void {
  while (t.firstChild) t.removeChild(t.firstChild);
  t.appendChild(t.ownerDocument!.createTextNode(text));
  t.setAttributeNS(XML_NS, 'xml:space', 'preserve');
}

/** Content of a run is everything but its properties. */
function previousContent(node: Node): Node | null {
  const previous = node.previousSibling;
  return previous && !isW(previous, 'rPr') ? previous : null;
}
