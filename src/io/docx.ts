/**
 * Word documents (.docx, and .docm whose macros are never touched). Reading (docx/read.ts) and
 * writing (docx/revise.ts) load jszip and xmldom, so they are imported only when a Word document comes.
 */
import type { DocxDocument } from './docx/read.js';
import type { PartRevision } from './docx/revise.js';

export type { DocxDocument, DocxPart } from './docx/read.js';
export type { PartRevision, ReviewComment, RevisionCount } from './docx/revise.js';

export const isDocx = (file: string) => /\.doc[xm]$/i.test(file);

/** A part of a Word document as a path: 报告.docx for the body, 报告.docx#页眉 for its header … */
export const partPath = (file: string, partName: string) => (partName ? `${file}#${partName}` : file);

export async function readDocx(bytes: Uint8Array, file: string): Promise<DocxDocument> {
  return (await import('./docx/read.js')).readDocx(bytes, file);
}

export async function writeRevisions(document: DocxDocument, revisions: readonly PartRevision[], date?: Date) {
  return (await import('./docx/revise.js')).writeRevisions(document, revisions, date);
}

/**
 * The text of a Word document's body, one paragraph per line (a manual line break also starts a
 * line; tracked changes read as if accepted).
 */
export async function docxText(bytes: Uint8Array, file: string): Promise<string> {
  return (await readDocx(bytes, file)).parts[0].text;
}
