/**
 * A Word package (.docx/.docm): the zip (jszip) and the XML parts it holds (@xmldom/xmldom),
 * parsed on demand and written back only where they were changed. Files that only look like a
 * Word document (encrypted, old .doc, a web page saved as .docx, a broken zip) are refused here
 * with one clear line.
 */
import { DOMParser, XMLSerializer, type Document, type Element } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { UserError } from '../../errors.js';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CONTENT_TYPES = 'http://schemas.openxmlformats.org/package/2006/content-types';
const OFFICE_DOCUMENT = `${R}/officeDocument`;

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

export interface Relationship {
  id: string;
  type: string;
  /** The zip path of the target part. */
  path: string;
}

export class DocxPackage {
  private readonly documents = new Map<string, Document>();
  private readonly changed = new Set<string>();

  /** The zip path of the main document part (word/document.xml as a rule). */
  mainPath = '';

  private constructor(
    private readonly zip: JSZip,
    private readonly file: string,
  ) {}

  static async open(bytes: Uint8Array, file: string): Promise<DocxPackage> {
    refuseLookalikes(bytes, file);
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(bytes);
    } catch {
      throw new UserError('FILE_UNDECODABLE', '无法读取 Word 文档：压缩包已损坏（文件不完整或不是 .docx）', file);
    }
    const pkg = new DocxPackage(zip, file);
    const main = (await pkg.relationships('')).find((r) => r.type === OFFICE_DOCUMENT || r.type.endsWith('/officeDocument'));
    if (!main || !zip.file(main.path)) throw new UserError('FILE_UNDECODABLE', '无法读取 Word 文档：压缩包里没有正文（word/document.xml），不是 Word 文档', file);
    pkg.mainPath = main.path;
    return pkg;
  }

  has(partPath: string): boolean {
    return this.zip.file(partPath) !== null;
  }

  /** A part's XML, parsed once; undefined if the package has no such part. */
  async xml(partPath: string): Promise<Document | undefined> {
    const cached = this.documents.get(partPath);
    if (cached) return cached;
    const entry = this.zip.file(partPath);
    if (!entry) return undefined;
    let document: Document;
    try {
      document = parseXml(await entry.async('string'));
    } catch {
      throw new UserError('FILE_UNDECODABLE', `无法读取 Word 文档：${partPath} 已损坏（XML 有错）`, this.file);
    }
    this.documents.set(partPath, document);
    return document;
  }

  /** Marks a parsed part as changed: it is serialised again when the package is saved. */
  touch(partPath: string): void {
    this.changed.add(partPath);
  }

  /** Adds a new XML part. */
  create(partPath: string, document: Document): void {
    this.documents.set(partPath, document);
    this.changed.add(partPath);
  }

  /** The relationships of a part ('' for the package itself), targets resolved to zip paths. */
  async relationships(partPath: string): Promise<Relationship[]> {
    const document = await this.xml(relsPath(partPath));
    if (!document) return [];
    const base = partPath.includes('/') ? partPath.slice(0, partPath.lastIndexOf('/') + 1) : '';
    return elements(document.documentElement!, PACKAGE_RELS, 'Relationship')
      .filter((r) => r.getAttribute('TargetMode') !== 'External')
      .map((r) => ({ id: r.getAttribute('Id') ?? '', type: r.getAttribute('Type') ?? '', path: resolvePath(base, r.getAttribute('Target') ?? '') }));
  }

  /** Relates a new part to `from` and registers its content type; returns the relationship id. */
  async relate(from: string, target: string, type: string, contentType: string): Promise<string> {
    const rels = relsPath(from);
    const document = (await this.xml(rels)) ?? (this.create(rels, parseXml(`<Relationships xmlns="${PACKAGE_RELS}"/>`)), (await this.xml(rels))!);
    const ids = new Set(elements(document.documentElement!, PACKAGE_RELS, 'Relationship').map((r) => r.getAttribute('Id')));
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n++;
    const relationship = document.createElementNS(PACKAGE_RELS, 'Relationship');
    relationship.setAttribute('Id', `rId${n}`);
    relationship.setAttribute('Type', type);
    const fromDir = from.includes('/') ? from.slice(0, from.lastIndexOf('/') + 1) : '';
    relationship.setAttribute('Target', target.startsWith(fromDir) ? target.slice(fromDir.length) : `/${target}`);
    document.documentElement!.appendChild(relationship);
    this.touch(rels);

    const types = (await this.xml('[Content_Types].xml'))!;
    const override = types.createElementNS(CONTENT_TYPES, 'Override');
    override.setAttribute('PartName', `/${target}`);
    override.setAttribute('ContentType', contentType);
    types.documentElement!.appendChild(override);
    this.touch('[Content_Types].xml');
    return `rId${n}`;
  }

  /** The package with every changed part serialised again; other parts are copied as they were. */
  async save(): Promise<Uint8Array> {
    const serializer = new XMLSerializer();
    for (const partPath of this.changed) {
      const document = this.documents.get(partPath)!;
      const xml = serializer.serializeToString(document);
      this.zip.file(partPath, xml.startsWith('<?xml') ? xml : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n${xml}`);
    }
    return this.zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  }
}

/** Parses XML; an error (not a mere warning) throws. */
export function parseXml(text: string): Document {
  return new DOMParser({
    locator: false, // positions are not needed, and tracking them costs a quarter of the time
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(message);
    },
  }).parseFromString(text, 'text/xml');
}

/** Child elements of `parent` with this namespace and local name. */
export function elements(parent: Element, namespace: string, localName: string): Element[] {
  const found: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).localName === localName && (node as Element).namespaceURI === namespace) found.push(node as Element);
  }
  return found;
}

/** Is this a WordprocessingML element with this local name? */
export function isW(node: { nodeType: number } | null | undefined, localName: string): node is Element {
  return node?.nodeType === 1 && (node as Element).localName === localName && (node as Element).namespaceURI === W;
}

export const wAttr = (element: Element, name: string) => element.getAttributeNS(W, name) ?? undefined;

function relsPath(partPath: string): string {
  if (!partPath) return '_rels/.rels';
  const slash = partPath.lastIndexOf('/');
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

function resolvePath(base: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : base + target).split('/');
  const resolved: string[] = [];
  for (const part of parts) {
    if (part === '..') resolved.pop();
    else if (part !== '.' && part !== '') resolved.push(part);
  }
  return resolved.join('/');
}

/** Files that are not a zip at all: each gets the reason a writer can act on. */
function refuseLookalikes(bytes: Uint8Array, file: string): void {
  const startsWith = (signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
  if (startsWith(ZIP_SIGNATURE)) return;
  if (startsWith(OLE_SIGNATURE)) {
    const encrypted = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from('EncryptedPackage', 'utf16le'));
    throw new UserError('FILE_UNDECODABLE', encrypted
      ? '无法读取 Word 文档：文档设有打开密码（已加密），请在 Word 中取消密码后再检查'
      : '无法读取 Word 文档：这是改了扩展名的旧版 .doc 文件，请在 Word 或 WPS 中另存为 .docx', file);
  }
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1').toLowerCase();
  if (/<html|<!doctype html|mime-version:/.test(head)) {
    throw new UserError('FILE_UNDECODABLE', '无法读取 Word 文档：这是另存为 .docx 的网页（HTML）文件，请在 Word 或 WPS 中另存为“Word 文档（.docx）”', file);
  }
  throw new UserError('FILE_UNDECODABLE', '无法读取 Word 文档：不是有效的 .docx 文件（可能已损坏，或是改了扩展名的其他文件）', file);
}
