#!/usr/bin/env node
// The language server over stdio (same as `gongwen-lint --lsp`), for editors that want a command of its own.
import { runLanguageServer } from '../dist/src/lsp/server.js';

process.exitCode = await runLanguageServer();
