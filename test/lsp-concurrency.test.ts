/**
 * The language server lints on worker threads (issue 10 item 8): while a slow document is being
 * linted, another document's diagnostics and `shutdown` are answered at once. Checked by order
 * of arrival, through the real server and the jsonrpc client the other LSP tests use.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { startLspSession } from '../scripts/lsp-client.js';
import { SEED, tempDir } from './helpers/cli.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** About 1.5 million characters of report: seconds of linting, where a short note takes milliseconds. */
const SLOW_TEXT = readFileSync(SEED, 'utf8').repeat(300);

describe('language server with a slow document', () => {
  it('publishes a short document’s diagnostics and answers shutdown before the slow one is done', async () => {
    const server = await startLspSession(dir);
    const arrivals: string[] = [];
    const open = async (name: string, text: string) => {
      const uri = pathToFileURL(path.join(dir, name)).href;
      const published = server.nextDiagnostics(uri, 1).then((params) => {
        arrivals.push(name);
        return params;
      });
      await server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
      return published;
    };
    const slow = open('slow.txt', SLOW_TEXT);
    const quick = await open('quick.txt', '各部门要围绕围绕中心工作。');
    expect(quick.diagnostics.map((d) => d.code)).toContain('no-repeated-word');
    await server.request('shutdown', null);
    arrivals.push('shutdown');
    expect(arrivals).toEqual(['quick.txt', 'shutdown']);
    void slow;
    await server.stop();
  }, 120_000);
});
