// gongwen-lint for VS Code: starts `gongwen-lint --lsp` (the workspace's, else the bundled one) and connects it to Markdown and plain-text
// documents. Plain CommonJS, so the package needs no build step before `vsce package`.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

/** @type {LanguageClient | undefined} */
let client;
/** @type {vscode.FileSystemWatcher | undefined} */
let configWatcher;

/** The gongwen-lint bundled in a platform-specific .vsix (scripts/bundle-server.mjs), if any. */
const BUNDLED = path.join(__dirname, 'server', 'node_modules', 'gongwen-lint', 'bin', 'gongwen-lint-lsp.js');

/**
 * How to start the server: the configured executable, else the workspace's own gongwen-lint
 * (node_modules/.bin), else the bundled one, run by VS Code's own Node.js, else `gongwen-lint` on PATH.
 * @returns {import('vscode-languageclient/node').ServerOptions & { label: string }}
 */
function serverOptions() {
  const lsp = (command) => ({ command, args: ['--lsp'], options: { shell: process.platform === 'win32' }, label: command });
  const configured = vscode.workspace.getConfiguration('gongwenLint').get('path');
  if (configured) return lsp(configured);
  const bin = process.platform === 'win32' ? 'gongwen-lint.cmd' : 'gongwen-lint';
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const local = path.join(folder.uri.fsPath, 'node_modules', '.bin', bin);
    if (fs.existsSync(local)) return lsp(local);
  }
  // Forked with --stdio --clientProcessId=…, which gongwen-lint-lsp (unlike the CLI) takes.
  if (fs.existsSync(BUNDLED)) return { module: BUNDLED, transport: TransportKind.stdio, label: BUNDLED };
  return lsp(bin);
}

/** @param {vscode.ExtensionContext} context */
async function activate(context) {
  configWatcher = vscode.workspace.createFileSystemWatcher('**/{.gongwenrc.json,.gongwenrc.yaml,.gongwenrc.yml,package.json}');
  context.subscriptions.push(
    configWatcher,
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (!event.affectsConfiguration('gongwenLint')) return;
      await deactivate();
      await start();
    }),
  );
  await start();
}

async function start() {
  const languages = vscode.workspace.getConfiguration('gongwenLint').get('languages') ?? ['markdown', 'plaintext'];
  // A command without a transport: the client talks over stdio without adding --stdio to the arguments.
  const { label, ...server } = serverOptions();
  client = new LanguageClient('gongwenLint', 'gongwen-lint', server, {
    documentSelector: languages.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    // The server reloads the config of open documents when a config file changes.
    synchronize: { fileEvents: configWatcher },
  });
  try {
    await client.start();
  } catch (error) {
    void vscode.window.showErrorMessage(`gongwen-lint 语言服务器未能启动（${label}）：${error.message}。请安装 gongwen-lint 或设置 gongwenLint.path。`);
  }
}

function deactivate() {
  const running = client;
  client = undefined;
  return running?.stop();
}

module.exports = { activate, deactivate };
