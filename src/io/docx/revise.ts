/**
 * Writes a proofreader's work into a Word document, as a human proofreader hands it back:
 * comments (批注) anchored on the flagged text and tracked changes (修订) the author accepts or
 * rejects in Word. Offsets are those of the parts as read (read.ts).
 */
import { diffChars } from 'diff';
import type { Element } from '@xmldom/xmldom';
import { PartEditor, setText, type RevisionMark } from './edit.js';
import { DocxPackage, R, W, parseXml } from './package.js';
import type { DocxDocument, DocxPart } from './read.js';

export const REVIEWER = 'gongwen-lint';
const COMMENTS_TYPE = `${R}/comments`;
const COMMENTS_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';

export interface ReviewComment {
  range: readonly [number, number];
  /** One paragraph of the comment each. */
  paragraphs: string[];
}

export interface PartRevision {
  part: DocxPart;
  comments: ReviewComment[];
  /** The part's text as it should read once every change is accepted. */
  revisedText?: string;
}

export interface RevisionCount {
  comments: number;
  changes: number;
  /** Changes that cannot be tracked (across a line end, a tab or a field): left to the comments. */
  skipped: number;
}

export async function writeRevisions(document: DocxDocument, revisions: readonly PartRevision[], date = new Date()): Promise<{ bytes: Uint8Array } & RevisionCount> {
  const { pkg } = document;
  let id = await largestId(pkg, document.parts);
  const mark: RevisionMark = { author: REVIEWER, date: date.toISOString().replace(/\.\d+Z$/, 'Z'), nextId: () => ++id };
  const count: RevisionCount = { comments: 0, changes: 0, skipped: 0 };
  const comments = revisions.some((r) => r.comments.length && r.part.commentable) ? await commentsPart(pkg) : undefined;

  for (const { part, comments: notes, revisedText } of revisions) {
    const editor = new PartEditor(part);
    const before = count.comments + count.changes;
    if (comments && part.commentable) {
      for (const note of notes) {
        const commentId = mark.nextId();
        if (!editor.anchorComment(note.range[0], note.range[1], commentId)) continue;
        comments.element.appendChild(commentElement(comments.element, commentId, note.paragraphs, mark));
        count.comments++;
      }
    }
    if (revisedText !== undefined) {
      for (const change of textChanges(part.text, revisedText)) {
        if (editor.trackChange(change.start, change.end, change.text, mark)) count.changes++;
        else count.skipped++;
      }
    }
    if (count.comments + count.changes > before) pkg.touch(part.path);
  }
  if (comments) pkg.touch(comments.path);
  return { bytes: await pkg.save(), ...count };
}

/** The edits that turn `before` into `after`, as replacements of spans of `before`. */
export function textChanges(before: string, after: string): Array<{ start: number; end: number; text: string }> {
  const changes: Array<{ start: number; end: number; text: string }> = [];
  let offset = 0;
  for (const piece of before === after ? [] : diffChars(before, after)) {
    const last = changes[changes.length - 1];
    const open = last && last.end === offset;
    if (piece.added) {
      if (open) last.text += piece.value;
      else changes.push({ start: offset, end: offset, text: piece.value });
    } else if (piece.removed) {
      if (open) last.end += piece.value.length;
      else changes.push({ start: offset, end: offset + piece.value.length, text: '' });
      offset += piece.value.length;
    } else offset += piece.value.length;
  }
  return changes;
}

/** The comments part: the document's own, or a new one related to the main document. */
async function commentsPart(pkg: DocxPackage): Promise<{ path: string; element: Element }> {
  const existing = (await pkg.relationships(pkg.mainPath)).find((r) => r.type === COMMENTS_TYPE);
  if (existing) {
    const document = await pkg.xml(existing.path);
    if (document?.documentElement) return { path: existing.path, element: document.documentElement };
  }
  const folder = pkg.mainPath.slice(0, pkg.mainPath.lastIndexOf('/') + 1);
  let path = `${folder}comments.xml`;
  for (let n = 1; pkg.has(path); n++) path = `${folder}comments${n}.xml`;
  pkg.create(path, parseXml(`<w:comments xmlns:w="${W}"/>`));
  await pkg.relate(pkg.mainPath, path, COMMENTS_TYPE, COMMENTS_CONTENT_TYPE);
  return { path, element: (await pkg.xml(path))!.documentElement! };
}

function commentElement(parent: Element, id: number, paragraphs: readonly string[], mark: RevisionMark): Element {
  const document = parent.ownerDocument!;
  const w = (name: string) => document.createElementNS(W, `w:${name}`);
  const comment = w('comment');
  comment.setAttributeNS(W, 'w:id', String(id));
  comment.setAttributeNS(W, 'w:author', mark.author);
  comment.setAttributeNS(W, 'w:date', mark.date);
  comment.setAttributeNS(W, 'w:initials', 'GL');
  for (const [i, text] of paragraphs.entries()) {
    const paragraph = w('p');
    if (i === 0) {
      const reference = w('r');
      reference.appendChild(w('annotationRef'));
      paragraph.appendChild(reference);
    }
    const run = w('r');
    const t = w('t');
    setText(t, text);
    run.appendChild(t);
    paragraph.appendChild(run);
    comment.appendChild(paragraph);
  }
  return comment;
}

/** Revision and comment ids must not repeat any id the document already uses. */
async function largestId(pkg: DocxPackage, parts: readonly DocxPart[]): Promise<number> {
  let largest = 0;
  const paths = new Set(parts.map((p) => p.path));
  const comments = (await pkg.relationships(pkg.mainPath)).find((r) => r.type === COMMENTS_TYPE);
  if (comments) paths.add(comments.path);
  for (const path of paths) {
    const document = await pkg.xml(path);
    for (const element of Array.from(document?.getElementsByTagNameNS(W, '*') ?? [])) {
      const value = Number(element.getAttributeNS(W, 'id'));
      if (Number.isInteger(value) && value > largest) largest = value;
    }
  }
  return largest;
}
