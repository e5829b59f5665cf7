/**
 * The local page's speed on a 100-page report (benchmark, not a test): the seed report repeated
 * to ≈ 100 k characters, pasted into the page in Debian's chromium once the server is warm.
 * Prints the time from "检查" to the findings drawn, from accepting one fix to the findings
 * drawn again, and the frame intervals while scrolling through the document.
 *
 *   npm run build && npx tsx scripts/bench-page.ts [--chars 100000]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { configForFile } from '../src/config/load.js';
import { packageRoot } from '../src/package-root.js';
import { loadAssets } from '../src/web/assets.js';
import { PageApi } from '../src/web/page-api.js';
import { newToken } from '../src/web/security.js';
import { startPageServer } from '../src/web/server.js';

const { values } = parseArgs({ options: { chars: { type: 'string', default: '100000' } } });
const seed = readFileSync(path.resolve(packageRoot(), '..', 'shared', 'seed', 'report.txt'), 'utf8');
const text = seed.repeat(Math.ceil(Number(values.chars) / seed.length));

const config = await configForFile(path.join(packageRoot(), '<page>'));
const server = await startPageServer({ api: new PageApi(config, packageRoot()), assets: loadAssets(), token: newToken(), port: 0, log: console.error });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(server.url);
await page.waitForSelector('body[data-ready]');

// Code run in the page is given as text: this script is compiled without the DOM's types.
const idle = () => page.waitForFunction("!document.getElementById('status').textContent.startsWith('正在')", undefined, { polling: 'raf' });
async function check(input: string): Promise<number> {
  await page.click('#edit');
  await page.fill('#input', input);
  const started = performance.now();
  await page.click('#paste button[type=submit]');
  await page.waitForSelector('#document:not([hidden])');
  await idle();
  return performance.now() - started;
}

await check(seed); // warm-up: the model, the rules, the page's code
const shown = await check(text);
const findings = await page.textContent('#count');
let started = performance.now();
await page.keyboard.press('Enter');
await idle();
const accepted = performance.now() - started;

// Scroll through the whole document in steps, one step per frame, and record the frame intervals.
const frames = await page.evaluate<number[]>(`(async () => {
  const pane = document.getElementById('document-pane');
  const intervals = [];
  let last = performance.now();
  while (pane.scrollTop + pane.clientHeight < pane.scrollHeight - 1) {
    pane.scrollTop += pane.clientHeight * 0.8;
    await new Promise(requestAnimationFrame);
    const now = performance.now();
    intervals.push(now - last);
    last = now;
  }
  return intervals.sort((a, b) => a - b);
})()`);
await browser.close();
await server.close();

const ms = (n: number) => `${Math.round(n)} ms`;
console.log(`document: ${text.length.toLocaleString('en-US')} chars (the seed report repeated), ${findings} findings`);
console.log(`check → findings drawn: ${ms(shown)}`);
console.log(`accept one fix → findings drawn again: ${ms(accepted)}`);
console.log(`scrolling ${frames.length} screens: frame interval median ${ms(frames[frames.length >> 1])}, max ${ms(frames[frames.length - 1])}`);
