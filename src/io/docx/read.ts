/**
 * A Word document → the text the author sees, part by part, with a map from every text offset
 * back to the w:t element it came from.
 *
 * - A paragraph ends a line; a manual line break (w:br, w:cr) starts a new one; table cells are
 *   paragraphs; a tab is a tab.
 * - Tracked changes read as if all were accepted: w:ins and w:moveTo in, w:del and w:moveFrom out,
 *   and a paragraph whose mark was deleted runs on into the next.
 * - Field results (page numbers, a table of contents, cross references) are not prose: each
 *   stands as one OBJECT_REPLACEMENT; hyperlinks are read.
 * - The body, every header and footer, every footnote and endnote and every text box is its own
 *   part, named as a writer would say it (页眉, 第2节页脚, 脚注3, 文本框1).
 */
import type { Element, Node } from '@xmldom/xmldom';
import { UserError } from '../../errors.js';
import { OBJECT_REPLACEMENT } from '../../types.js';
import { DocxPackage, R, W, elements, isW, wAttr } from './package.js';

/** Characters [start, end) of a part's text are the text of this w:t element (from its first character). */
export interface TextSegment {
  start: number;
  end: number;
  t: Element;
}

export interface DocxPart {
  /** '' for the body; else 页眉, 首页页脚, 第2节页眉, 脚注1, 尾注1, 文本框1 … */
  name: string;
  /** The zip path of the XML part it lives in. */
  path: string;
  text: string;
  /** Sorted, disjoint; characters of no segment (line ends, tabs, fields) come from no w:t. */
  segments: TextSegment[];
  /** Word keeps no comments in headers and footers. */
  commentable: boolean;
}

export interface DocxDocument {
  pkg: DocxPackage;
  /** The body first. */
  parts: DocxPart[];
}

const HEADER_TYPES: Record<string, string> = { default: '', first: '首页', even: '偶数页' };
/** Elements whose content is not text the author reads. */
const SKIPPED = new Set(['pPr', 'rPr', 'sectPr', 'tblPr', 'tblGrid', 'trPr', 'tcPr', 'del', 'moveFrom', 'instrText', 'delInstrText', 'delText', 'sdtPr', 'sdtEndPr']);

export async function readDocx(bytes: Uint8Array, file: string): Promise<DocxDocument> {
  const pkg = await DocxPackage.open(bytes, file);
  const main = (await pkg.xml(pkg.mainPath))!;
  if (main.documentElement?.namespaceURI !== W) {
    throw new UserError('FILE_UNDECODABLE', '无法读取 Word 文档：这是 Strict Open XML 格式（或不是 Word 正文），请在 Word 中另存为“Word 文档（.docx）”', file);
  }
  const textBoxes: Array<{ element: Element; path: string; commentable: boolean }> = [];
  const noteOrder: Record<'footnote' | 'endnote', string[]> = { footnote: [], endnote: [] };
  const read = (root: Element, path: string, name: string, commentable: boolean): DocxPart => {
    const reader = new PartReader(path, name, commentable, (element) => textBoxes.push({ element, path, commentable }), (kind, id) => noteOrder[kind].push(id));
    reader.walk(root);
    return reader.part();
  };

  const body = elements(main.documentElement, W, 'body')[0];
  const parts = [read(body ?? main.documentElement, pkg.mainPath, '', true)];
  const rels = await pkg.relationships(pkg.mainPath);
  const target = (id: string | null) => rels.find((r) => r.id === id)?.path;

  const sections = Array.from(main.getElementsByTagNameNS(W, 'sectPr')).filter((s) => !isW(s.parentNode, 'sectPrChange'));
  const seen = new Set<string>();
  for (const [index, section] of sections.entries()) {
    for (const [kind, label] of [['headerReference', '页眉'], ['footerReference', '页脚']] as const) {
      for (const reference of elements(section, W, kind)) {
        const path = target(reference.getAttributeNS(R, 'id'));
        if (!path || seen.has(path)) continue;
        seen.add(path);
        const document = await pkg.xml(path);
        if (!document?.documentElement) continue;
        const prefix = sections.length > 1 ? `第${index + 1}节` : '';
        parts.push(read(document.documentElement, path, `${prefix}${HEADER_TYPES[wAttr(reference, 'type') ?? 'default'] ?? ''}${label}`, false));
      }
    }
  }

  for (const [kind, label, type] of [['footnote', '脚注', 'footnotes'], ['endnote', '尾注', 'endnotes']] as const) {
    const path = rels.find((r) => r.type === `${R}/${type}`)?.path;
    const document = path ? await pkg.xml(path) : undefined;
    if (!path || !document?.documentElement) continue;
    const notes = elements(document.documentElement, W, kind).filter((note) => !wAttr(note, 'type') || wAttr(note, 'type') === 'normal');
    // Word numbers notes in the order of their references in the text.
    const order = noteOrder[kind];
    const rank = (note: Element) => {
      const i = order.indexOf(wAttr(note, 'id') ?? '');
      return i < 0 ? order.length : i;
    };
    notes.sort((a, b) => rank(a) - rank(b));
    for (const [i, note] of notes.entries()) parts.push(read(note, path, `${label}${i + 1}`, true));
  }

  // Text boxes found while reading (also inside text boxes) are read last, in the order found.
  for (let i = 0; i < textBoxes.length; i++) {
    const box = textBoxes[i];
    parts.push(read(box.element, box.path, `文本框${i + 1}`, box.commentable));
  }
  return { pkg, parts };
}

interface OpenField {
  instruction: string;
  /** Between w:fldChar separate and end: the field's result. */
  inResult: boolean;
}

class PartReader {
  private text = '';
  private readonly segments: TextSegment[] = [];
  private readonly fields: OpenField[] = [];

  constructor(
    private readonly path: string,
    private readonly name: string,
    private readonly commentable: boolean,
    private readonly onTextBox: (content: Element) => void,
    private readonly onNoteReference: (kind: 'footnote' | 'endnote', id: string) => void,
  ) {}

  part(): DocxPart {
    return { name: this.name, path: this.path, text: this.text, segments: this.segments, commentable: this.commentable };
  }

  walk(node: Node): void {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 1) this.element(child as Element);
    }
  }

  private element(element: Element): void {
    if (element.localName === 'AlternateContent') {
      // mc:Choice holds the content, mc:Fallback a copy of it for older readers.
      const choice = Array.from(element.childNodes).find((n) => n.nodeType === 1 && (n as Element).localName === 'Choice');
      if (choice) this.walk(choice);
      return;
    }
    if (element.namespaceURI !== W) return this.walk(element);
    const name = element.localName!;
    if (SKIPPED.has(name)) {
      if (name === 'instrText' && this.fields.length) this.fields[this.fields.length - 1].instruction += element.textContent ?? '';
      return;
    }
    switch (name) {
      case 'p':
        this.walk(element);
        if (!paragraphMarkDeleted(element)) this.add('\n');
        return;
      case 't':
        if (!this.inFieldResult()) this.add(element.textContent ?? '', element);
        return;
      case 'tab':
      case 'ptab':
        if (!this.inFieldResult()) this.add('\t');
        return;
      case 'br':
      case 'cr':
        if (!this.inFieldResult()) this.add('\n');
        return;
      case 'noBreakHyphen':
        if (!this.inFieldResult()) this.add('-');
        return;
      case 'sym':
        if (!this.inFieldResult()) this.add(OBJECT_REPLACEMENT);
        return;
      case 'txbxContent':
        return this.onTextBox(element);
      case 'footnoteReference':
      case 'endnoteReference':
        return this.onNoteReference(name === 'footnoteReference' ? 'footnote' : 'endnote', wAttr(element, 'id') ?? '');
      case 'fldSimple':
        if (isProse(wAttr(element, 'instr') ?? '')) return this.walk(element);
        if (!this.inFieldResult()) this.add(OBJECT_REPLACEMENT);
        return;
      case 'fldChar':
        return this.fieldChar(wAttr(element, 'fldCharType'));
      default:
        return this.walk(element);
    }
  }

  /** Complex fields: begin, instruction, separate, result, end; they nest and may span paragraphs. */
  private fieldChar(type: string | undefined): void {
    if (type === 'begin') this.fields.push({ instruction: '', inResult: false });
    else if (type === 'separate' && this.fields.length) {
      const field = this.fields[this.fields.length - 1];
      if (!isProse(field.instruction) && !this.inFieldResult()) this.add(OBJECT_REPLACEMENT);
      field.inResult = true;
    } else if (type === 'end') this.fields.pop();
  }

  private inFieldResult(): boolean {
    return this.fields.some((field) => field.inResult && !isProse(field.instruction));
  }

  private add(text: string, t?: Element): void {
    if (!text) return;
    if (t) this.segments.push({ start: this.text.length, end: this.text.length + text.length, t });
    this.text += text;
  }
}

/** A hyperlink's text is prose; page numbers, tables of contents, references and dates are not. */
const isProse = (instruction: string) => /^\s*HYPERLINK\b/i.test(instruction);

function paragraphMarkDeleted(paragraph: Element): boolean {
  const properties = elements(paragraph, W, 'pPr')[0];
  const runProperties = properties && elements(properties, W, 'rPr')[0];
  return Boolean(runProperties && (elements(runProperties, W, 'del').length || elements(runProperties, W, 'moveFrom').length));
}

