/**
 * The document with its findings underlined: one element per line (lines off screen are not
 * laid out, so a 100-page report scrolls smoothly), built as one HTML string.
 */
import type { LintMessage } from '../src/types.js';

export const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** Text as line elements; `wrap` wraps each line's piece (a finding crossing a line break is split). */
function lines(text: string, wrap = (piece: string) => piece): string[] {
  return text.split('\n').map((line) => wrap(escapeHtml(line.replace(/\r$/, ''))));
}

export function documentHtml(text: string, findings: readonly LintMessage[]): string {
  const pieces: string[][] = [[]];
  const append = (parts: string[]) => {
    parts.forEach((part, i) => {
      if (i > 0) pieces.push([]);
      pieces[pieces.length - 1].push(part);
    });
  };
  let cursor = 0;
  findings.forEach((finding, index) => {
    if (finding.range[0] < cursor && finding.range[1] <= cursor) return; // inside an earlier finding: shown by its list entry only
    const start = Math.max(finding.range[0], cursor);
    const end = finding.range[1];
    append(lines(text.slice(cursor, start)));
    const blank = /^\s+$/u.test(text.slice(start, end)) ? ' blank' : start === end ? ' empty' : '';
    const open = `<span class="mark ${finding.severity}${blank}" data-index="${index}" title="${escapeHtml(finding.message)}">`;
    append(lines(text.slice(start, end), (piece) => `${open}${piece}</span>`));
    cursor = end;
  });
  append(lines(text.slice(cursor)));
  return pieces.map((line) => `<div class="line">${line.join('')}</div>`).join('');
}
