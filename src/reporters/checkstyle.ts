import type { Severity } from '../types.js';
import type { Reporter } from './types.js';

const SEVERITY: Record<Severity, string> = { error: 'error', warn: 'warning', info: 'info' };

/** Checkstyle XML, as ESLint's checkstyle formatter writes it (Jenkins, GitLab, reviewdog -f=checkstyle). */
export const checkstyle: Reporter = (results) => {
  const out = ['<?xml version="1.0" encoding="utf-8"?>', '<checkstyle version="4.3">'];
  for (const result of results) {
    out.push(`  <file name="${xmlEscape(result.filePath)}">`);
    for (const m of result.messages) {
      out.push(
        `    <error line="${m.line}" column="${m.column}" severity="${SEVERITY[m.severity]}" ` +
          `message="${xmlEscape(`${m.message} (${m.ruleId})`)}" source="${xmlEscape(`gongwen-lint.rules.${m.ruleId}`)}" />`,
      );
    }
    out.push('  </file>');
  }
  out.push('</checkstyle>');
  return `${out.join('\n')}\n`;
};

/** Escapes text for an XML attribute; drops characters XML 1.0 cannot hold. */
export function xmlEscape(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!)
    .replace(/\r/g, '&#13;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}
