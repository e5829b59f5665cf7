#!/usr/bin/env node
// The command-line entry: runs the compiled CLI (npm install builds it through `prepare`).
import { runCli } from '../dist/src/cli/main.js';
import { readStream } from '../dist/src/io/read.js';

const code = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: (maxBytes) => readStream(process.stdin, maxBytes),
  isTTY: Boolean(process.stdout.isTTY),
});
process.exitCode = code;
