/**
 * A minimal LSP client over stdio for the server test and the latency benchmark: starts
 * `node bin/gongwen-lint.js --lsp` (the compiled server) and speaks JSON-RPC to it.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface LspSession {
  request<R>(method: string, params: unknown): Promise<R>;
  notify(method: string, params: unknown): Promise<void>;
  /** The next diagnostics published for `uri` (optionally: for that document version). */
  nextDiagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams>;
  /** Messages the server showed with window/showMessage. */
  shown: string[];
  stop(): Promise<void>;
}

export async function startLspSession(rootPath = REPO): Promise<LspSession> {
  const child = spawn(process.execPath, [path.join(REPO, 'bin/gongwen-lint.js'), '--lsp'], { cwd: rootPath, stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting: Array<{ uri: string; version?: number; resolve: (p: PublishDiagnosticsParams) => void }> = [];
  const shown: string[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    for (const waiter of waiting.filter((w) => w.uri === params.uri && (w.version === undefined || w.version === params.version))) {
      waiting.splice(waiting.indexOf(waiter), 1);
      waiter.resolve(params);
    }
  });
  connection.onNotification('window/showMessage', (params: { message: string }) => shown.push(params.message));
  connection.onNotification('window/logMessage', () => {});
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const rootUri = `file://${rootPath}`;
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: 'workspace' }],
    capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } }, textDocument: { publishDiagnostics: { versionSupport: true } } },
  });
  await connection.sendNotification('initialized', {});
  return {
    request: (method, params) => connection.sendRequest(method, params),
    notify: (method, params) => connection.sendNotification(method, params),
    nextDiagnostics: (uri, version) => new Promise((resolve) => waiting.push({ uri, version, resolve })),
    shown,
    async stop() {
      await connection.sendRequest('shutdown').catch(() => {}); // a test may have shut it down already
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await connection.sendNotification('exit');
      await exited;
      connection.dispose();
    },
  };
}
