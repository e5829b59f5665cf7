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
}

export interface SourceDocument {
  blocks: SourceBlock[];
  directives: Directive[];
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
