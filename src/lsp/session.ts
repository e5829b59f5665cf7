/**
 * The language server's connection (started by server.ts): diagnostics for Markdown and
 * plain-text documents as they are typed, quick fixes, "fix all" and disable comments, over stdio.
 * One process serves every document, so the dictionaries and models are loaded once per worker.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format as formatLog } from 'node:util';
import {
  createConnection,
  DidChangeWatchedFilesNotification,
  MessageType,
  ProposedFeatures,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { clearConfigCache, CONFIG_FILES, configForFile } from '../config/load.js';
import { UserError } from '../errors.js';
import { formatOf, isSupportedFile, type SourceFormat } from '../source/document.js';
import { codeActions, FIX_ALL_KIND, minimalEdit, type LintedDocument } from './code-actions.js';
import { describeError, errorDiagnostic, noticeDiagnostic, toDiagnostic } from './diagnostics.js';
import { LintCancelled, type LintPool } from './lint-pool.js';

/** Pause after a keystroke before linting (a burst of keys is linted once): short enough to keep diagnostics within 50 ms. */
const DEBOUNCE_MS = 15;

const LANGUAGES: Record<string, SourceFormat> = { markdown: 'markdown', plaintext: 'text', text: 'text' };

/** Serves the editor on stdin/stdout until it says exit, linting on `pool`. */
export function runSession(pool: LintPool): Promise<number> {
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  // stdout carries the protocol: anything logged goes to the editor's log instead.
  console.log = console.info = console.debug = (...args: unknown[]) => connection.console.log(formatLog(...args));
  return new Promise((resolve) => {
    serve(connection, pool);
    connection.onShutdown(() => pool.close());
    connection.onExit(() => resolve(0));
    connection.listen();
  });
}

function serve(connection: Connection, pool: LintPool): void {
  const documents = new TextDocuments(TextDocument);
  const linted = new Map<string, LintedDocument>();
  /** The lint on its way for each document, shared by diagnostics and code actions of that version. */
  const inFlight = new Map<string, { version: number; promise: Promise<LintedDocument | undefined> }>();
  const timers = new Map<string, NodeJS.Timeout>();
  const shownErrors = new Set<string>();
  let workspaceRoot = process.cwd();
  let watchConfigFiles = false;

  /** Where the document lives (for config search) and how to read it, or undefined if it is not ours. */
  const describe = (document: TextDocument): { filePath: string; format: SourceFormat } | undefined => {
    const filePath = document.uri.startsWith('file:')
      ? fileURLToPath(document.uri)
      : path.join(workspaceRoot, document.languageId === 'markdown' ? 'untitled.md' : 'untitled.txt');
    const format = LANGUAGES[document.languageId] ?? (isSupportedFile(filePath) ? formatOf(filePath) : undefined);
    return format && { filePath, format };
  };

  /** Lints a document on a worker thread (rejects with LintCancelled when a newer version came). */
  const lint = (document: TextDocument): Promise<LintedDocument | undefined> => {
    const pending = inFlight.get(document.uri);
    if (pending?.version === document.version) return pending.promise;
    const promise = (async () => {
      const described = describe(document);
      if (!described) return undefined;
      const { filePath, format } = described;
      const text = document.getText();
      const base = text.charCodeAt(0) === 0xfeff ? 1 : 0;
      const config = await configForFile(filePath);
      const result = await pool.run(document.uri, { text: base ? text.slice(1) : text, config, filePath, format });
      return { document, format, base, messages: result.messages, notices: result.notices };
    })();
    inFlight.set(document.uri, { version: document.version, promise });
    const settle = () => {
      if (inFlight.get(document.uri)?.promise === promise) inFlight.delete(document.uri);
    };
    promise.then(settle, settle);
    return promise;
  };

  const publish = async (uri: string) => {
    const document = documents.get(uri);
    if (!document) return;
    let diagnostics: Diagnostic[];
    try {
      const result = await lint(document);
      if (!result) return;
      if (documents.get(uri)?.version !== document.version) return; // a newer lint is on its way
      linted.set(uri, result);
      diagnostics = result.messages.map((message) => toDiagnostic(message, document, result.base));
      diagnostics.push(...(result.notices ?? []).map(noticeDiagnostic));
    } catch (error) {
      if (error instanceof LintCancelled) return; // the document changed or closed meanwhile
      linted.delete(uri);
      diagnostics = [errorDiagnostic(error)];
      reportOnce(error);
    }
    await connection.sendDiagnostics({ uri, version: document.version, diagnostics });
  };

  const reportOnce = (error: unknown) => {
    const text = describeError(error);
    if (!(error instanceof UserError)) connection.console.error((error as Error)?.stack ?? text);
    if (shownErrors.has(text)) return;
    shownErrors.add(text);
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message: text });
  };

  const schedule = (uri: string, delay: number) => {
    clearTimeout(timers.get(uri));
    timers.set(uri, setTimeout(() => {
      timers.delete(uri);
      void publish(uri);
    }, delay));
  };

  /** The lint matching the document's current version, linting again if it is stale. */
  const current = async (uri: string): Promise<LintedDocument | undefined> => {
    const document = documents.get(uri);
    if (!document) return undefined;
    const cached = linted.get(uri);
    if (cached && cached.document.version === document.version) return cached;
    try {
      return await lint(document);
    } catch {
      return undefined;
    }
  };

  connection.onInitialize((params) => {
    const root = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    if (root?.startsWith('file:')) workspaceRoot = fileURLToPath(root);
    watchConfigFiles = Boolean(params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND] },
      },
      serverInfo: { name: 'gongwen-lint' },
    };
  });
  connection.onInitialized(() => {
    // A first lint loads the rules, dictionaries and segmentation model on the started worker:
    // done now, the first document's diagnostics come sooner.
    const warmUp = path.join(workspaceRoot, 'untitled.txt');
    void configForFile(warmUp)
      .then((config) => pool.warmUp({ text: '围绕中心工作。', config, filePath: warmUp, format: 'text' }))
      .catch(() => {}); // a config error is shown when a document comes
    if (!watchConfigFiles) return;
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: CONFIG_FILES.map((name) => ({ globPattern: `**/${name}` })),
    });
  });

  // The first lint of a document runs at once; edits wait for a pause in typing.
  documents.onDidChangeContent(({ document }) => schedule(document.uri, linted.has(document.uri) ? DEBOUNCE_MS : 0));
  documents.onDidClose(({ document }) => {
    pool.cancel(document.uri);
    pool.cancel(`${document.uri}#fix`);
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    linted.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    const configChanged = changes.some(({ uri }) => CONFIG_FILES.includes(path.posix.basename(new URL(uri).pathname)));
    if (!configChanged) return;
    clearConfigCache();
    shownErrors.clear();
    for (const document of documents.all()) schedule(document.uri, 0);
  });

  connection.onCodeAction(async ({ textDocument, range, context }) => {
    const result = await current(textDocument.uri);
    if (!result) return [];
    const fixAll = async () => {
      const { document, format, base } = result;
      const { filePath } = describe(document)!;
      const config = await configForFile(filePath);
      const { output } = await pool.run(`${document.uri}#fix`, { text: document.getText().slice(base), config, filePath, format, fix: true });
      return minimalEdit(document, document.getText(), document.getText().slice(0, base) + output);
    };
    return codeActions(result, range, context.only, fixAll);
  });

  documents.listen(connection);
}
