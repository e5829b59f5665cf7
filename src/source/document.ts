import type { BlockKind } from '../types.js';
import { sliceText } from './block-builder.js';
import { findDirectives, type Directive } from './directives.js';
import type { LineIndex } from './location.js';
import type { OffsetMap } from './offset-map.js';

export type SourceFormat = 'markdown' | 'text';

/** A block before the engine attaches lazy tokens: text plus the map back to the file. */
export interface SourceBlock {
  kind: BlockKind;
  text: string;
  map: OffsetMap;
  depth?: number;
  quoted: boolean;
  listMarker?: string;
  line: number;
  /** Markdown inline nodes with markup around their text (emphasis, strong, delete, links). */
  inlineMarkup?: InlineMarkup[];
}

/** An inline node in file offsets: `outer` with its markup, `inner` its text between the markup. */
export interface InlineMarkup {
  outer: [number, number];
  inner: [number, number];
  /** A link: removing the node would remove its URL too. */
  isLink: boolean;
}

export interface SourceDocument {
  blocks: SourceBlock[];
  directives: Directive[];
  /** Why the document was not read as its format asked (one line each, Chinese). */
  notices?: string[];
}

/**
 * The Markdown parser (micromark) needs about 0.5 KB of memory per character and grows faster
 * than the text with the depth of nested lists and quotes (a 20,000-row table of 8.8 MB took
 * 3.4 GB, 1,000 nested list levels 32 s). Larger or deeper documents are read as plain text.
 */
export const MARKDOWN_MAX_CHARS = 500_000;
export const MARKDOWN_MAX_PREFIX = 100;
/** A line's container prefix: indentation, quote marks and list markers (one attempt per line). */
const CONTAINER_PREFIX = /^(?:[ \t]|>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))*/gm;

/** Why a Markdown text is too large or too deeply nested to parse, or undefined. */
export function markdownTooComplex(text: string, lines: LineIndex): string | undefined {
  if (text.length > MARKDOWN_MAX_CHARS) {
    return `Markdown 文档过大（${text.length.toLocaleString('en-US')} 字符，上限 ${MARKDOWN_MAX_CHARS.toLocaleString('en-US')}），已按纯文本检查`;
  }
  for (const match of text.matchAll(CONTAINER_PREFIX)) {
    if (match[0].length > MARKDOWN_MAX_PREFIX) {
      return `Markdown 嵌套过深（第 ${lines.lineOf(match.index)} 行的缩进、引用和列表标记超过 ${MARKDOWN_MAX_PREFIX} 个字符），已按纯文本检查`;
    }
  }
  return undefined;
}

const MARKDOWN_EXTENSIONS = /\.(?:md|markdown|mdown|mkd)$/i;
export const SUPPORTED_EXTENSIONS = ['txt', 'text', 'md', 'markdown', 'mdown', 'mkd', 'docx', 'docm'];

export function formatOf(filePath: string | undefined): SourceFormat {
  return filePath && MARKDOWN_EXTENSIONS.test(filePath) ? 'markdown' : 'text';
}

export function isSupportedFile(filePath: string): boolean {
  return new RegExp(`\\.(?:${SUPPORTED_EXTENSIONS.join('|')})$`, 'i').test(filePath);
}

/** The Markdown parser (unified, remark, micromark) is imported only when a Markdown file comes. */
export async function readDocument(text: string, format: SourceFormat, lines: LineIndex): Promise<SourceDocument> {
  if (format === 'text') return textDocument(text, lines);
  const notice = markdownTooComplex(text, lines);
  if (notice) return { ...textDocument(text, lines), notices: [notice] };
  const { markdownDocument, parseMarkdown } = await import('./markdown.js');
  return markdownDocument(parseMarkdown(text), text, lines);
}

/**
 * Plain text: every non-blank line is a paragraph, as in reports pasted from word processors.
 * A line that is only a control comment is a directive, not prose.
 */
export function textDocument(text: string, lines: LineIndex): SourceDocument {
  const blocks: SourceBlock[] = [];
  const directives: Directive[] = [];
  for (let line = 1; line <= lines.lineCount; line++) {
    const start = lines.lineStart(line);
    const end = line < lines.lineCount ? lineContentEnd(text, lines.lineStart(line + 1)) : text.length;
    if (start >= end) continue;
    const lineText = text.slice(start, end);
    if (!lineText.trim()) continue;
    if (/^\s*<!--[^]*-->\s*$/.test(lineText)) {
      directives.push(...findDirectives(text, start, end, (o) => lines.lineOf(o)));
      continue;
    }
    const built = sliceText(text, start, end);
    blocks.push({ kind: 'paragraph', text: built.text, map: built.map, quoted: false, line });
  }
  return { blocks, directives };
}

/** The offset where a line's content ends, given where the next line starts. */
function lineContentEnd(text: string, nextLineStart: number): number {
  let end = nextLineStart;
  if (text[end - 1] === '\n') end--;
  if (text[end - 1] === '\r') end--;
  return end;
}
