/** Edits of the language server's code actions, computed in process (no server). */
import { describe, expect, it } from 'vitest';
import type { Position, TextEdit } from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lintText } from '../src/api.js';
import { codeActions, minimalEdit } from '../src/lsp/code-actions.js';
import type { SourceFormat } from '../src/source/document.js';

/** The code actions at `cursor` (default: the start of the first problem). */
async function actionsFor(text: string, format: SourceFormat, cursor?: Position) {
  const document = TextDocument.create('file:///doc', format === 'markdown' ? 'markdown' : 'plaintext', 1, text);
  const { messages } = await lintText(text, { filePath: format === 'markdown' ? 'doc.md' : 'doc.txt' });
  const at = cursor ?? document.positionAt(messages[0].range[0]);
  const range = { start: at, end: at };
  const actions = await codeActions({ document, format, base: 0, messages }, range, undefined, async () => undefined);
  const applied = (title: string) => {
    const action = actions.find((a) => a.title.startsWith(title))!;
    return TextDocument.applyEdits(document, action.edit!.changes!['file:///doc'] as TextEdit[]);
  };
  return { actions, applied };
}

describe('language server code actions', () => {
  it('puts the file-wide disable comment after Markdown front matter, with the document line ending', async () => {
    const { applied } = await actionsFor('---\r\ntitle: 报告\r\n---\r\n我们要围绕围绕中心工作。\r\n', 'markdown');
    expect(applied('在本文件停用规则')).toBe('---\r\ntitle: 报告\r\n---\r\n<!-- gongwen-lint-disable no-repeated-word -->\r\n我们要围绕围绕中心工作。\r\n');
  });

  it('puts the line disable comment on its own line, indented like a nested list item', async () => {
    const { applied } = await actionsFor('- 第一项\n\n  我们要围绕围绕中心工作。\n', 'markdown');
    expect(applied('在此行停用规则')).toBe('- 第一项\n\n  <!-- gongwen-lint-disable-next-line no-repeated-word -->\n  我们要围绕围绕中心工作。\n');
    const after = await lintText(applied('在此行停用规则'), { filePath: 'doc.md' });
    expect(after.messages).toEqual([]);
  });

  it('offers the fix first and only one disable pair per rule and line', async () => {
    const { actions } = await actionsFor('我们要围绕围绕中心工作。\n', 'text');
    expect(actions.map((a) => a.title)).toEqual([
      expect.stringContaining('修复：'),
      '在此行停用规则 no-repeated-word',
      '在本文件停用规则 no-repeated-word',
    ]);
  });

  it('offers the line’s fixes with the cursor anywhere on a flagged line, none on a clean line', async () => {
    const text = '第一段没有问题。\n我们要围绕围绕中心工作。\n';
    const atLineStart = await actionsFor(text, 'text', { line: 1, character: 0 });
    expect(atLineStart.actions.map((a) => a.title)).toEqual([
      expect.stringContaining('修复：'),
      '在此行停用规则 no-repeated-word',
      '在本文件停用规则 no-repeated-word',
    ]);
    expect((await actionsFor(text, 'text', { line: 0, character: 0 })).actions).toEqual([]);
  });

  it('edits only the changed middle of the text', () => {
    const document = TextDocument.create('file:///doc', 'plaintext', 1, '一二三四五');
    expect(minimalEdit(document, '一二三四五', '一二XX五')).toEqual({
      range: { start: { line: 0, character: 2 }, end: { line: 0, character: 4 } },
      newText: 'XX',
    });
    expect(minimalEdit(document, '一二三四五', '一二三四五')).toBeUndefined();
  });
});
