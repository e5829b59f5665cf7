/**
 * The language server, for real: `node bin/gongwen-lint.js --lsp` as a child process (needs the
 * dist build, which `npm test` makes first), spoken to over stdio as an editor would.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic, Range, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fixText } from '../src/api.js';
import { REPO, startLspSession, type LspSession } from '../scripts/lsp-client.js';
import { SEED } from './helpers/paths.js';

const seedText = readFileSync(SEED, 'utf8');

let server: LspSession;
beforeAll(async () => {
  server = await startLspSession();
});
afterAll(() => server?.stop());

/** An open document on the server side, mirrored here so that edits can be applied. */
async function open(file: string, text: string, languageId: string) {
  const uri = pathToFileURL(file).href;
  let document = TextDocument.create(uri, languageId, 1, text);
  const first = server.nextDiagnostics(uri, 1);
  await server.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  let diagnostics = (await first).diagnostics;
  return {
    uri,
    get document() {
      return document;
    },
    get diagnostics() {
      return diagnostics;
    },
    textAt: (d: Diagnostic) => document.getText(d.range),
    actions: (range: Range, only?: string[]) =>
      server.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [], ...(only ? { only } : {}) } }),
    /** Applies an action's edit as the editor would: an incremental didChange, then waits for new diagnostics. */
    async apply(action: CodeAction) {
      const [edit, ...more] = action.edit!.changes![uri] as TextEdit[];
      expect(more).toEqual([]);
      const version = document.version + 1;
      const next = server.nextDiagnostics(uri, version);
      const contentChanges = [{ range: edit.range, text: edit.newText }];
      document = TextDocument.update(document, contentChanges, version);
      await server.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
      diagnostics = (await next).diagnostics;
    },
    close: () => server.notify('textDocument/didClose', { textDocument: { uri } }),
  };
}

describe('language server', () => {
  it('publishes diagnostics for the seed report and applies a quick fix', async () => {
    const doc = await open(SEED, seedText, 'plaintext');
    const typo = doc.diagnostics.find((d) => d.code === 'typo' && doc.textAt(d) === '主体党日');
    expect(typo).toMatchObject({
      severity: 1,
      source: 'gongwen-lint',
      codeDescription: { href: expect.stringContaining('/docs/rules/typo.md') },
    });
    expect(doc.diagnostics.map((d) => doc.textAt(d))).toEqual(expect.arrayContaining(['围绕围绕', '深入深入', '新时达']));

    const actions = await doc.actions(typo!.range);
    const quickFix = actions.find((a) => a.isPreferred)!;
    expect(quickFix).toMatchObject({ kind: 'quickfix', title: expect.stringContaining('主题党日') });
    expect(actions.map((a) => a.title)).toEqual(
      expect.arrayContaining(['在此行停用规则 typo', '在本文件停用规则 typo', '修复本文件中所有可自动修复的问题（gongwen-lint）']),
    );
    const before = doc.diagnostics.length;
    await doc.apply(quickFix);
    expect(doc.document.getText()).toContain('主题党日');
    expect(doc.document.getText()).not.toContain('主体党日');
    expect(doc.diagnostics).toHaveLength(before - 1);
    await doc.close();
  });

  it('fixes the whole file with the shared fixer', async () => {
    const doc = await open(SEED, seedText, 'plaintext');
    const [fixAll] = await doc.actions(doc.diagnostics[0].range, ['source.fixAll']);
    expect(fixAll.kind).toBe('source.fixAll.gongwen-lint');
    await doc.apply(fixAll);
    expect(doc.document.getText()).toBe((await fixText(seedText, { filePath: SEED })).output);
    expect(doc.diagnostics.some((d) => d.code === 'no-repeated-word')).toBe(false);
    await doc.close();
  });

  it('disables a rule for a line with a comment on its own line (plain text and Markdown)', async () => {
    const doc = await open(SEED, seedText, 'plaintext');
    const repeated = doc.diagnostics.find((d) => doc.textAt(d) === '围绕围绕')!;
    const disable = (await doc.actions(repeated.range)).find((a) => a.title === '在此行停用规则 no-repeated-word')!;
    await doc.apply(disable);
    expect(doc.diagnostics.some((d) => doc.textAt(d) === '围绕围绕')).toBe(false);
    expect(doc.diagnostics.some((d) => doc.textAt(d) === '深入深入')).toBe(true);
    await doc.close();

    const md = await open(path.join(REPO, 'untitled-quoted.md'), '# 标题\n\n> 我们要围绕围绕中心工作。\n', 'markdown');
    const inQuote = (await md.actions(md.diagnostics[0].range)).find((a) => a.title === '在本文件停用规则 no-repeated-word')!;
    const line = (await md.actions(md.diagnostics[0].range)).find((a) => a.title === '在此行停用规则 no-repeated-word')!;
    expect((line.edit!.changes![md.uri] as TextEdit[])[0].newText).toBe('> <!-- gongwen-lint-disable-next-line no-repeated-word -->\n');
    await md.apply(inQuote);
    expect(md.document.getText()).toBe('<!-- gongwen-lint-disable no-repeated-word -->\n# 标题\n\n> 我们要围绕围绕中心工作。\n');
    expect(md.diagnostics).toEqual([]);
    await md.close();
  });

  it('gives exact UTF-16 ranges after astral characters', async () => {
    const doc = await open(path.join(REPO, 'untitled-astral.md'), '𠮷𠮷：我们要围绕围绕中心工作。\n', 'markdown');
    const [repeated] = doc.diagnostics;
    expect(repeated.range).toEqual({ start: { line: 0, character: 8 }, end: { line: 0, character: 12 } });
    expect(doc.textAt(repeated)).toBe('围绕围绕');
    await doc.close();
  });

  it('shows a bad config as a diagnostic and relints when the config changes', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gongwen-lsp-'));
    try {
      const config = path.join(dir, '.gongwenrc.json');
      writeFileSync(config, '{ "rules": ');
      const doc = await open(path.join(dir, 'report.md'), '我们要围绕围绕中心工作。\n', 'markdown');
      expect(doc.diagnostics).toEqual([expect.objectContaining({ code: 'CONFIG_INVALID', message: expect.stringContaining('.gongwenrc.json') })]);
      expect(server.shown.some((m) => m.includes('不是合法的 JSON'))).toBe(true);

      writeFileSync(config, JSON.stringify({ rules: { 'no-repeated-word': 'warn' } }));
      const relinted = server.nextDiagnostics(doc.uri);
      await server.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config).href, type: 2 }] });
      expect((await relinted).diagnostics).toEqual([expect.objectContaining({ code: 'no-repeated-word', severity: 2 })]);
      await doc.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
