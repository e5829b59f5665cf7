/**
 * A minimal LSP client over stdio for the server test and the latency benchmark: starts
 * `node bin/gongwen-lint.js --lsp` (the compiled server) and speaks JSON-RPC to it.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { packageRoot } from '../src/package-root.js';

/** The repository, from scripts/ (tsx) or dist/scripts/ (npm run bench). */
export const REPO = packageRoot();

export interface LspSession {
  request<R>(method: string, params: unknown): Promise<R>;
  notify(method: string, params: unknown): Promise<void>;
  /** The next diagnostics published for `uri` (optionally: for that document version). */
  nextDiagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams>;
  /** Messages the server showed with window/showMessage. */
  shown: string[];
  stop(): Promise<void>;
}

/** Starts a server (default: this repository's `gongwen-lint --lsp`; `server` = node's arguments) in `rootPath`. */
export async function startLspSession(rootPath = REPO, server = [path.join(REPO, 'bin/gongwen-lint.js'), '--lsp']): Promise<LspSession> {
  const child = spawn(process.execPath, server, { cwd: rootPath, stdio: ['pipe', 'pipe', 'inherit'] });
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
