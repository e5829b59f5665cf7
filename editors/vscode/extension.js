// gongwen-lint for VS Code: starts `gongwen-lint --lsp` and connects it to Markdown and plain-text
// documents. Plain CommonJS, so the package needs no build step before `vsce package`.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

/** @type {LanguageClient | undefined} */
let client;
/** @type {vscode.FileSystemWatcher | undefined} */
let configWatcher;

/** The configured executable, else the workspace's node_modules/.bin, else `gongwen-lint` on PATH. */
function executable() {
  const configured = vscode.workspace.getConfiguration('gongwenLint').get('path');
  if (configured) return configured;
  const bin = process.platform === 'win32' ? 'gongwen-lint.cmd' : 'gongwen-lint';
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const local = path.join(folder.uri.fsPath, 'node_modules', '.bin', bin);
    if (fs.existsSync(local)) return local;
  }
  return bin;
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
  const command = executable();
  // No transport given: the client talks over stdio without adding --stdio to the arguments.
  const server = { command, args: ['--lsp'], options: { shell: process.platform === 'win32' } };
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
    void vscode.window.showErrorMessage(`gongwen-lint 语言服务器未能启动（${command}）：${error.message}。请安装 gongwen-lint 或设置 gongwenLint.path。`);
  }
}

function deactivate() {
  const running = client;
  client = undefined;
  return running?.stop();
}

module.exports = { activate, deactivate };
