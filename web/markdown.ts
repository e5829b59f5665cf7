import { escapeHtml } from './document-view.js';

/**
 * The little Markdown the rules' docs use (paragraphs, "- " lists, `code`, **bold**; a table is
 * shown as written), as HTML.
 */
export function markdownHtml(markdown: string): string {
  const inline = (text: string) =>
    escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>').replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
  return markdown.split(/\n{2,}/).map((block) => {
    const rows = block.split('\n');
    if (rows.every((row) => row.startsWith('|'))) return `<pre>${escapeHtml(block)}</pre>`;
    const items = rows.filter((row) => row.startsWith('- '));
    const lead = rows.filter((row) => !row.startsWith('- '));
    return (lead.length ? `<p>${lead.map(inline).join('<br>')}</p>` : '') +
      (items.length ? `<ul>${items.map((row) => `<li>${inline(row.slice(2))}</li>`).join('')}</ul>` : '');
  }).join('');
}
