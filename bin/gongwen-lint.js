#!/usr/bin/env node
// The command-line entry: runs the compiled CLI (npm install builds it through `prepare`).
import { runCli } from '../dist/src/cli/main.js';

const readStdin = async () => {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks);
};

const code = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin,
  isTTY: Boolean(process.stdout.isTTY),
});
process.exitCode = code;
