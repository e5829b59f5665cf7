/**
 * Inline control comments, as in ESLint and remark-message-control:
 *   <!-- gongwen-lint-disable no-repeated-word typo -->   (until the matching enable; no rules: all)
 *   <!-- gongwen-lint-enable no-repeated-word -->
 *   <!-- gongwen-lint-disable-next-line typo -->
 *   <!-- gongwen-lint-disable-line -->                      (the line the comment is on)
 */
export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids; empty means every rule. */
  rules: string[];
  /** File offset of the comment's start. */
  offset: number;
  /** 1-based line of the comment's end. */
  line: number;
  /** The comment's file range, so an unknown rule name can be reported at it. */
  range: [number, number];
}

const DIRECTIVE = /<!--\s*gongwen-lint-(disable-next-line|disable-line|disable|enable)\b([^]*?)-->/g;

/** Finds directives in a piece of file text (an HTML node, or a plain-text line). */
export function findDirectives(
  fileText: string,
  start: number,
  end: number,
  lineOf: (offset: number) => number,
): Directive[] {
  const found: Directive[] = [];
  const source = fileText.slice(start, end);
  for (const match of source.matchAll(DIRECTIVE)) {
    const offset = start + match.index;
    const commentEnd = offset + match[0].length;
    found.push({
      kind: match[1] as DirectiveKind,
      rules: match[2].split(/[\s,，]+/).filter(Boolean),
      offset,
      line: lineOf(commentEnd - 1),
      range: [offset, commentEnd],
    });
  }
  return found;
}

/** Decides whether a message of `ruleId` at `offset` on `line` is switched off. */
export function isSuppressed(directives: readonly Directive[], ruleId: string, offset: number, line: number): boolean {
  let disabled = false;
  for (const directive of directives) {
    const applies = directive.rules.length === 0 || directive.rules.includes(ruleId);
    if (!applies) continue;
    switch (directive.kind) {
      case 'disable-next-line':
        if (line === directive.line + 1) return true;
        break;
      case 'disable-line':
        if (line === directive.line) return true;
        break;
      case 'disable':
        if (directive.offset <= offset) disabled = true;
        break;
      case 'enable':
        if (directive.offset <= offset) disabled = false;
        break;
    }
  }
  return disabled;
}
