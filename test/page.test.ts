/// <reference lib="dom" />
// (The callbacks given to page.evaluate and waitForFunction run in the browser.)
/**
 * The local page in a real browser (Debian's chromium, driven by playwright-core; no browser
 * download): paste, see the findings, accept, undo, ignore, allow, download, drop a .docx, a
 * malformed file, keyboard, 125 % zoom.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import iconv from 'iconv-lite';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, REPO, SEED, tempDir } from './helpers/cli.js';
import { makeDocx } from './helpers/docx.js';
import { launchChromium, startServe, type RunningServer } from './helpers/page-server.js';

const seed = readFileSync(SEED, 'utf8');
/** `GONGWEN_SCREENSHOT=1 npx vitest run test/page.test.ts` renews the README's screenshot. */
const SCREENSHOT = path.join(REPO, 'docs', 'images', 'serve.png');

let server: RunningServer;
let browser: Browser;
/** The seed report after `gongwen-lint --fix`. */
let fixedByCli: string;

/** `gongwen-lint --fix report.txt` on a copy of the seed, while the browser starts. */
async function fixWithCli(): Promise<string> {
  const dir = tempDir({ 'report.txt': seed });
  await promisify(execFile)(process.execPath, [BIN, '--fix', 'report.txt'], { cwd: dir }).catch(() => undefined);
  return readFileSync(path.join(dir, 'report.txt'), 'utf8');
}

// Debian's chromium (installed by .ci/run): missing in CI is a failure; elsewhere these tests are skipped and say why.
const skip = !existsSync('/usr/bin/chromium') && !process.env.CI;
const title = skip ? 'the local page (skipped: chromium not installed; apt-get install chromium)' : 'the local page';

beforeAll(async () => {
  if (skip) return;
  [server, browser, fixedByCli] = await Promise.all([startServe([], { cwd: tempDir() }), launchChromium(), fixWithCli()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function openPage(options: { width?: number; height?: number; zoom?: number } = {}): Promise<Page> {
  const context = await browser.newContext({
    acceptDownloads: true,
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    deviceScaleFactor: options.zoom ?? 1,
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready]');
  return page;
}

async function paste(page: Page, text: string): Promise<void> {
  await page.fill('#input', text);
  await page.click('#paste button[type=submit]');
  await page.waitForSelector('#document:not([hidden])');
  await waitIdle(page);
}

const waitIdle = (page: Page) => page.waitForFunction(() => !document.getElementById('status')!.textContent!.startsWith('正在'));
const count = async (page: Page) => Number((await page.textContent('#count').catch(() => null)) ?? 0);
const status = (page: Page) => page.textContent('#status');

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

/** Drops a file on the page as a user drags it from the desktop. */
async function drop(page: Page, name: string, bytes: Buffer | string): Promise<void> {
  const dataTransfer = await page.evaluateHandle(({ name, bytes }) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(bytes)], name));
    return transfer;
  }, { name, bytes: [...Buffer.from(bytes)] });
  await page.dispatchEvent('#document-pane', 'drop', { dataTransfer });
}

describe.skipIf(skip)(title, () => {
  it('pastes the seed report: 11 findings underlined and listed by category; all safe fixes = --fix; undo', async () => {
    const page = await openPage();
    await paste(page, seed);
    expect(await count(page)).toBe(11);
    expect(await page.locator('#document .mark.error').count()).toBe(11);
    expect(await page.locator('.group-title').allTextContents()).toEqual(['字词（9）', '空白（2）']);

    await page.click('#fix-all');
    await page.waitForFunction(() => document.getElementById('status')!.textContent!.endsWith('没有发现问题'));
    const corrected = await download(page, '#download');
    expect(fixedByCli).not.toBe(seed);
    expect(corrected).toEqual({ name: '粘贴的文本（校对后）.txt', text: fixedByCli });

    await page.click('#undo');
    await waitIdle(page);
    expect(await count(page)).toBe(11);
    await page.context().close();
  });

  it('keyboard: next, previous, accept, ignore; words allowed are listed and downloadable as config', async () => {
    const page = await openPage();
    await paste(page, seed);
    const detail = () => page.textContent('#detail .message');
    expect(await detail()).toContain('荣获得');
    await page.keyboard.press('j');
    expect(await detail()).toContain('不换行空格');
    await page.keyboard.press('k');
    await page.keyboard.press('Enter');
    await waitIdle(page);
    expect(await count(page)).toBe(10);
    expect(await page.textContent('#document')).toContain('多人荣获地市级以上荣誉');
    await page.keyboard.press('i');
    expect(await count(page)).toBe(9);
    await page.click('[data-action="restore"]');
    expect(await count(page)).toBe(10);

    // Clicking a finding in the list jumps to it in the document.
    await page.click('.finding-item:has-text("新时达")');
    expect(await page.textContent('#document .mark.current')).toBe('新时达');
    await expect.poll(() => page.locator('#document .mark.current').evaluate((mark) => {
      const box = mark.getBoundingClientRect();
      const pane = document.getElementById('document-pane')!.getBoundingClientRect();
      return box.top >= pane.top && box.bottom <= pane.bottom;
    })).toBe(true);
    await page.click('#detail .allow-word button');
    await waitIdle(page);
    expect(await count(page)).toBe(9);
    expect(await page.textContent('#allow-list')).toContain('新时达');
    expect(await download(page, '#allow-download')).toEqual({ name: 'gongwenrc-允许词表.yaml', text: '# 并入 .gongwenrc.yaml（已有 allow: 时只添加下面的词）\nallow:\n  - "新时达"\n' });

    // The strict preset adds rules; the recommended one gives the 9 again.
    await page.selectOption('#config', 'strict');
    await waitIdle(page);
    expect(await count(page)).toBeGreaterThanOrEqual(9);
    await page.selectOption('#config', 'recommended');
    await waitIdle(page);
    expect(await count(page)).toBe(9);

    // One rule's findings at once.
    await page.click('.finding-item:has-text("围绕围绕")');
    await page.click('[data-action="accept-rule"]');
    await waitIdle(page);
    expect(await page.locator('.finding-item:has-text("深入深入")').count()).toBe(0);
    await page.context().close();
  });

  it('a dropped .docx: its findings, fixed, downloaded as the reviewed copy; a broken file is a message in the page', async () => {
    const page = await openPage();
    await drop(page, '损坏.docx', 'not a zip');
    await page.waitForSelector('#status.error');
    expect(await status(page)).toMatch(/^无法读取 Word 文档：不是有效的 \.docx 文件/);

    await drop(page, '述职报告.docx', await makeDocx('各单位围绕围绕中心工作。\n同志们要深入深入基层。'));
    await page.waitForFunction(() => document.querySelector('#status')!.textContent!.startsWith('述职报告.docx'));
    expect(await count(page)).toBe(2);
    await page.click('#fix-all');
    await page.waitForFunction(() => document.getElementById('status')!.textContent!.includes('没有发现问题'));
    expect(await status(page)).toBe('述职报告.docx：没有发现问题；Word 文档下载审校稿：每个问题一条批注，每处修复一处修订，在 Word 中逐条接受或拒绝');
    // The reviewed copy of the file as it came (test/docx-review.test.ts checks its comments and changes).
    const reviewed = await download(page, '#download');
    expect(reviewed.name).toBe('述职报告.审校.docx');
    expect(reviewed.text).toContain('word/comments.xml');

    // A GB18030 file chosen with the file button.
    await page.setInputFiles('#file', { name: '国标.txt', mimeType: 'text/plain', buffer: iconv.encode('要围绕围绕中心工作。', 'gb18030') });
    await page.waitForFunction(() => document.querySelector('#status')!.textContent!.startsWith('国标.txt'));
    expect(await page.textContent('#document')).toBe('要围绕围绕中心工作。');
    expect(await status(page)).toBe('国标.txt：1 处问题（错误 1 处）；原文件是 GB18030 编码，下载的修改稿是 UTF-8');

    // A Markdown file is linted as Markdown and downloads as .md.
    await page.setInputFiles('#file', { name: '通知.md', mimeType: 'text/markdown', buffer: Buffer.from('# 关于开展检查的通知\n\n各单位要围绕围绕中心工作。\n') });
    await page.waitForFunction(() => document.querySelector('#status')!.textContent!.startsWith('通知.md'));
    await page.keyboard.press('Enter');
    await waitIdle(page);
    expect(await download(page, '#download')).toEqual({ name: '通知（校对后）.md', text: '# 关于开展检查的通知\n\n各单位要围绕中心工作。\n' });
    await page.context().close();
  });

  it('is readable at 125 % zoom (no sideways scrolling, the actions in sight); the README screenshot', async () => {
    const page = await openPage({ width: 1024, height: 640, zoom: 1.25 });
    await paste(page, seed);
    await page.click('.finding-item:has-text("围绕围绕")');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    expect(await page.locator('[data-action="accept"]').isVisible()).toBe(true);
    const box = await page.locator('[data-action="accept"]').boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(640);

    const file = process.env.GONGWEN_SCREENSHOT ? SCREENSHOT : path.join(tempDir(), 'serve.png');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, await page.screenshot());
    expect(statSync(file).size).toBeLessThan(300 * 1024);
    await page.context().close();
  });
});
