/** Builds small Word packages from WordprocessingML snippets: test fixtures and the Word benchmark (scripts/bench-docx.ts). */
import JSZip from 'jszip';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A run of text; bold if asked (for tests of formatting kept across a change). */
export const run = (text: string, { bold = false } = {}) =>
  `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${escape(text)}</w:t></w:r>`;

/** A paragraph: plain text (split into runs of `runLength`, as Word splits runs at edits), or run XML as given. */
export const paragraph = (content: string, runLength = 7) =>
  `<w:p>${content.startsWith('<') ? content : runsOf(content, runLength)}</w:p>`;

const runsOf = (text: string, runLength: number) => {
  const runs: string[] = [];
  for (let i = 0; i < text.length; i += runLength) runs.push(run(text.slice(i, i + runLength)));
  return runs.join('');
};

export interface WordParts {
  /** The XML inside w:body (paragraphs, tables). */
  body: string;
  header?: string;
  footer?: string;
  /** Each footnote's paragraphs, id 1, 2 … */
  footnotes?: string[];
  endnotes?: string[];
  /** The main part's content type (a .docm has its own). */
  mainContentType?: string;
}

const NS = [
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"',
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
  'xmlns:v="urn:schemas-microsoft-com:vml"',
].join(' ');
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WML = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

/** A Word package with the parts given, wired as Word wires them (relationships, content types, section). */
export async function buildDocx(parts: WordParts): Promise<Buffer> {
  const zip = new JSZip();
  const overrides: string[] = [`<Override PartName="/word/document.xml" ContentType="${parts.mainContentType ?? `${WML}.document.main+xml`}"/>`];
  const rels: string[] = [];
  const sectPr: string[] = [];
  const add = (name: string, type: string, contentType: string, xml: string) => {
    zip.file(`word/${name}`, XML + xml);
    rels.push(`<Relationship Id="rId${rels.length + 1}" Type="${RELS}/${type}" Target="${name}"/>`);
    overrides.push(`<Override PartName="/word/${name}" ContentType="${WML}.${contentType}"/>`);
    return `rId${rels.length}`;
  };
  if (parts.header !== undefined) sectPr.push(`<w:headerReference w:type="default" r:id="${add('header1.xml', 'header', 'header+xml', `<w:hdr ${NS}>${parts.header}</w:hdr>`)}"/>`);
  if (parts.footer !== undefined) sectPr.push(`<w:footerReference w:type="default" r:id="${add('footer1.xml', 'footer', 'footer+xml', `<w:ftr ${NS}>${parts.footer}</w:ftr>`)}"/>`);
  for (const [kind, notes] of [['footnote', parts.footnotes], ['endnote', parts.endnotes]] as const) {
    if (!notes) continue;
    const separators = `<w:${kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:${kind}><w:${kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:${kind}>`;
    const body = notes.map((note, i) => `<w:${kind} w:id="${i + 1}">${note.replace('<w:p>', `<w:p><w:r><w:${kind}Ref/></w:r>`)}</w:${kind}>`).join('');
    add(`${kind}s.xml`, `${kind}s`, `${kind}s+xml`, `<w:${kind}s ${NS}>${separators}${body}</w:${kind}s>`);
  }
  zip.file('[Content_Types].xml', `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`);
  zip.file('_rels/.rels', `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELS}/officeDocument" Target="word/document.xml"/></Relationships>`);
  zip.file('word/_rels/document.xml.rels', `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`);
  zip.file('word/document.xml', `${XML}<w:document ${NS}><w:body>${parts.body}<w:sectPr>${sectPr.join('')}<w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** A Word document with one paragraph per line of `text`. */
export function makeDocx(text: string, runLength = 7): Promise<Buffer> {
  return buildDocx({ body: text.split(/\r?\n/).map((line) => paragraph(line, runLength)).join('') });
}

/** A part of a package as text. */
export async function partXml(bytes: Uint8Array, name: string): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file(name)!.async('string');
}
