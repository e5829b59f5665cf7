import type { Nodes, Parents, PhrasingContent, Root, Text } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { BlockKind } from '../types.js';
import { BlockBuilder } from './block-builder.js';
import { findDirectives, type Directive } from './directives.js';
import type { LineIndex } from './location.js';
import type { InlineMarkup, SourceBlock, SourceDocument } from './document.js';

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);

export function parseMarkdown(text: string): Root {
  return parser.parse(text);
}

const ENTITY = /^&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/;

/**
 * Prose blocks of a Markdown tree: headings, paragraphs (in lists and blockquotes too) and
 * table cells. Code, HTML, front matter, images and bare URLs never reach a rule.
 */
export function markdownDocument(tree: Root, text: string, lines: LineIndex): SourceDocument {
  const blocks: SourceBlock[] = [];
  const directives: Directive[] = [];

  const collectDirectives = (node: Nodes) => {
    if (node.type !== 'html' || !node.position) return;
    directives.push(
      ...findDirectives(text, node.position.start.offset!, node.position.end.offset!, (o) => lines.lineOf(o)),
    );
  };

  const emit = (node: Parents, kind: BlockKind, ancestors: Nodes[], extra: Partial<SourceBlock> = {}) => {
    const builder = new BlockBuilder();
    const inlineMarkup: InlineMarkup[] = [];
    appendPhrasing(node.children as PhrasingContent[], builder, text, collectDirectives, inlineMarkup);
    const built = builder.build();
    if (!built.text.trim()) return;
    const start = node.position?.start.offset ?? 0;
    blocks.push({
      kind,
      text: built.text,
      map: built.map,
      quoted: ancestors.some((a) => a.type === 'blockquote'),
      line: lines.lineOf(start),
      ...(inlineMarkup.length ? { inlineMarkup } : {}),
      ...extra,
    });
  };

  const walk = (node: Nodes, ancestors: Nodes[]) => {
    switch (node.type) {
      case 'heading':
        emit(node, 'heading', ancestors, { depth: node.depth });
        return;
      case 'paragraph': {
        const parent = ancestors[ancestors.length - 1];
        if (parent?.type === 'listItem') {
          const isFirst = parent.children[0] === node;
          emit(node, 'listItem', ancestors, isFirst ? { listMarker: listMarker(parent, node, text) } : {});
        } else {
          emit(node, 'paragraph', ancestors);
        }
        return;
      }
      case 'tableCell':
        emit(node, 'tableCell', ancestors);
        return;
      case 'html':
        collectDirectives(node);
        return;
      case 'code':
      case 'yaml':
      case 'definition':
      case 'thematicBreak':
      case 'footnoteDefinition':
        return;
      default:
        if ('children' in node) for (const child of node.children) walk(child as Nodes, [...ancestors, node]);
    }
  };
  walk(tree, []);
  // toml front matter is a node type remark-frontmatter adds; it has no children to walk.
  return { blocks, directives };
}

function listMarker(item: Nodes, paragraph: Nodes, text: string): string | undefined {
  const from = item.position?.start.offset;
  const to = paragraph.position?.start.offset;
  if (from === undefined || to === undefined) return undefined;
  return text.slice(from, to).trim().replace(/(?<!\s)\s*\[[ xX]\]$/, '') || undefined;
}

function appendPhrasing(
  nodes: readonly PhrasingContent[],
  builder: BlockBuilder,
  text: string,
  onHtml: (node: Nodes) => void,
  inlineMarkup: InlineMarkup[],
): void {
  for (const node of nodes) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    const markup = (parent: Parents, isLink: boolean) => {
      const first = parent.children[0]?.position?.start.offset;
      const last = parent.children[parent.children.length - 1]?.position?.end.offset;
      if (first !== undefined && last !== undefined) inlineMarkup.push({ outer: [start!, end!], inner: [first, last], isLink });
    };
    if (start === undefined || end === undefined) continue;
    switch (node.type) {
      case 'text':
        appendText(node, builder, text);
        break;
      case 'emphasis':
      case 'strong':
      case 'delete':
        markup(node, false);
        appendPhrasing(node.children, builder, text, onHtml, inlineMarkup);
        break;
      case 'linkReference':
        markup(node, true);
        appendPhrasing(node.children, builder, text, onHtml, inlineMarkup);
        break;
      case 'link':
        if (isAutolink(node.children, node.url)) builder.pushMask(start, end);
        else {
          markup(node, true);
          appendPhrasing(node.children, builder, text, onHtml, inlineMarkup);
        }
        break;
      case 'break':
        builder.push('\n', start, end);
        break;
      case 'html':
        onHtml(node);
        builder.pushMask(start, end);
        break;
      default:
        // inlineCode, image, imageReference, footnoteReference: not prose.
        builder.pushMask(start, end);
    }
  }
}

function isAutolink(children: readonly PhrasingContent[], url: string): boolean {
  if (children.length !== 1 || children[0].type !== 'text') return false;
  const label = children[0].value;
  return label === url || url.endsWith(label) || url === `mailto:${label}`;
}

/**
 * Aligns a text node's value with its source, unit by unit: the value drops escapes,
 * decodes entities and strips line prefixes (indentation, "> ") that the source keeps.
 */
function appendText(node: Text, builder: BlockBuilder, text: string): void {
  const value = node.value;
  let j = node.position!.start.offset!;
  const end = node.position!.end.offset!;
  for (let i = 0; i < value.length; i++) {
    const unit = value[i];
    let placed = false;
    while (j < end && !placed) {
      placed = true;
      if (text[j] === unit && unit !== '\n' && unit !== '\r') {
        builder.push(unit, j, j + 1);
        j++;
        continue;
      }
      const lineEnding = unit === '\n' || unit === '\r' ? /^(?:\r\n|\r|\n)/.exec(text.slice(j, j + 2)) : null;
      if (lineEnding) {
        if (unit === '\r' && value[i + 1] === '\n') i++;
        builder.pushSoftBreak(j, j + lineEnding[0].length);
        j += lineEnding[0].length;
        continue;
      }
      if (text[j] === '\\' && text[j + 1] === unit) {
        builder.push(unit, j, j + 2);
        j += 2;
        continue;
      }
      const entity = text[j] === '&' ? ENTITY.exec(text.slice(j, j + 40)) : null;
      if (entity) {
        const decodedLength = decodedUnits(entity[0]);
        for (let k = 0; k < decodedLength && i + k < value.length; k++) builder.push(value[i + k], j, j + entity[0].length);
        i += decodedLength - 1;
        j += entity[0].length;
        continue;
      }
      placed = false;
      j++; // a source unit the value does not have: indentation, a "> " prefix, markup
    }
    // Unaligned (should not happen): keep the unit, anchored at the node's end, never fixable.
    if (!placed) builder.push(unit, end, end);
  }
}

function decodedUnits(entity: string): number {
  const numeric = /^&#[xX]?([\da-fA-F]+);$/.exec(entity);
  if (!numeric) return 1;
  const code = entity[2] === 'x' || entity[2] === 'X' ? parseInt(numeric[1], 16) : parseInt(numeric[1], 10);
  return code > 0xffff ? 2 : 1;
}
