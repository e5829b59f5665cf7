/**
 * Language server latency: the first diagnostics of a one-page document (the seed report) opened
 * right after `initialize`, and the time from a keystroke (an incremental didChange) to the
 * diagnostics for that version, once the server is warm.
 *
 *   npm run build && npx tsx scripts/bench-lsp.ts [--runs 50] [--file path]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { REPO, startLspSession } from './lsp-client.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '50' }, file: { type: 'string' } } });
const file = path.resolve(values.file ?? path.join(REPO, '../shared/seed/report.txt'));
const runs = Number(values.runs);
const text = readFileSync(file, 'utf8');
const uri = pathToFileURL(file).href;

const spawned = performance.now();
const session = await startLspSession();
let started = performance.now();
const opened = session.nextDiagnostics(uri, 1);
await session.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
const { diagnostics } = await opened;
const cold = performance.now() - started;
const fromSpawn = performance.now() - spawned;

/** Types one character at the end of the first line (or deletes it again), as an editor sends it. */
const firstLineEnd = text.split(/\r?\n/)[0].length;
let version = 1;
async function keystroke(): Promise<number> {
  version++;
  const typed = version % 2 === 0;
  const change = typed
    ? { range: { start: { line: 0, character: firstLineEnd }, end: { line: 0, character: firstLineEnd } }, text: '。' }
    : { range: { start: { line: 0, character: firstLineEnd }, end: { line: 0, character: firstLineEnd + 1 } }, text: '' };
  const published = session.nextDiagnostics(uri, version);
  started = performance.now();
  await session.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
  await published;
  return performance.now() - started;
}

for (let i = 0; i < 5; i++) await keystroke(); // warm-up
const timings: number[] = [];
for (let i = 0; i < runs; i++) timings.push(await keystroke());
await session.stop();

timings.sort((a, b) => a - b);
const at = (q: number) => timings[Math.min(timings.length - 1, Math.floor(q * timings.length))].toFixed(1);
console.log(`document: ${path.relative(process.cwd(), file)} (${text.length} characters, ${diagnostics.length} diagnostics)`);
console.log(`first diagnostics after open, right after initialize as an editor sends it: ${cold.toFixed(0)} ms (${fromSpawn.toFixed(0)} ms from starting the server process)`);
console.log(`change → diagnostics, warm, ${runs} runs (includes the server's debounce): median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`);
