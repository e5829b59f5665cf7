/**
 * The language server (`gongwen-lint --lsp`, `gongwen-lint-lsp`): diagnostics for Markdown and
 * plain-text documents as they are typed, quick fixes, "fix all" and disable comments, over stdio.
 * One process serves every document, so nodejieba and the dictionaries are loaded once.
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
import { fixText } from '../api.js';
import { clearConfigCache, CONFIG_FILES, configForFile } from '../config/load.js';
import { lintSource } from '../engine/lint.js';
import { UserError } from '../errors.js';
import { formatOf, isSupportedFile, type SourceFormat } from '../source/document.js';
import { codeActions, FIX_ALL_KIND, minimalEdit, type LintedDocument } from './code-actions.js';
import { describeError, errorDiagnostic, toDiagnostic } from './diagnostics.js';

/** Pause after a keystroke before linting: short enough to keep diagnostics within 100 ms. */
const DEBOUNCE_MS = 30;

const LANGUAGES: Record<string, SourceFormat> = { markdown: 'markdown', plaintext: 'text', text: 'text' };

/** Runs the server on stdin/stdout until the client says exit. */
export function runLanguageServer(): Promise<number> {
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  // stdout carries the protocol: anything logged goes to the editor's log instead.
  console.log = console.info = console.debug = (...args: unknown[]) => connection.console.log(formatLog(...args));
  return new Promise((resolve) => {
    serve(connection);
    connection.onExit(() => resolve(0));
    connection.listen();
  });
}

function serve(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const linted = new Map<string, LintedDocument>();
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

  /** Lints a document; a config or internal error becomes a diagnostic (and one message), never a crash. */
  const lint = async (document: TextDocument): Promise<LintedDocument | undefined> => {
    const described = describe(document);
    if (!described) return undefined;
    const { filePath, format } = described;
    const text = document.getText();
    const base = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const config = await configForFile(filePath);
    const result = await lintSource(base ? text.slice(1) : text, { config, filePath, format });
    return { document, format, base, messages: result.messages };
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
    } catch (error) {
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
    if (!watchConfigFiles) return;
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: CONFIG_FILES.map((name) => ({ globPattern: `**/${name}` })),
    });
  });

  // The first lint of a document runs at once; edits wait for a pause in typing.
  documents.onDidChangeContent(({ document }) => schedule(document.uri, linted.has(document.uri) ? DEBOUNCE_MS : 0));
  documents.onDidClose(({ document }) => {
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
      const { output } = await fixText(document.getText().slice(base), { config, filePath, format });
      return minimalEdit(document, document.getText(), document.getText().slice(0, base) + output);
    };
    return codeActions(result, range, context.only, fixAll);
  });

  documents.listen(connection);
}
