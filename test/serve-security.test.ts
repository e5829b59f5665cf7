/**
 * `gongwen-lint serve` with real HTTP requests: loopback only, Host and Origin checks (DNS
 * rebinding, other pages), the per-start token, the upload limit, malformed files as clear
 * answers, the start folder's config, --port and --open.
 */
import { request } from 'node:http';
import { chmodSync, existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, runCli, tempDir } from './helpers/cli.js';
import { makeDocx } from './helpers/docx.js';
import { startServe, type RunningServer } from './helpers/page-server.js';

interface Answer {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

/** One raw HTTP request, headers exactly as given (a browser could not forge Host or Origin). */
function send(url: string, options: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer; host?: string } = {}): Promise<Answer> {
  const target = new URL(options.path ?? url, url);
  return new Promise((resolve, reject) => {
    const req = request({ host: options.host ?? target.hostname, port: target.port, path: target.pathname, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString(), headers: res.headers }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const json = (text: string) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: text });
const lintBody = (text: string, config = 'recommended', allow: string[] = []) => JSON.stringify({ text, name: 'a.txt', config, allow });
const openFile = (name: string, body: Buffer | string) =>
  ({ method: 'POST', headers: { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(name) }, body });

describe('serve: security', () => {
  let server: RunningServer;
  let dir: string;
  beforeAll(async () => {
    // A folder config that allows 新时达 (a company name in this folder).
    dir = tempDir({ '.gongwenrc.yaml': 'allow:\n  - 新时达\n' });
    server = await startServe([], { cwd: dir });
  });
  afterAll(() => server.stop());

  it('serves the page and its assets only under the per-start token, with a strict CSP', async () => {
    const page = await send(server.url);
    expect(page.status).toBe(200);
    expect(page.body).toContain('公文校对');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect((await send(server.url, { path: 'app.js' })).status).toBe(200);
    const token = new URL(server.url).pathname.split('/')[1];
    expect(token.length).toBeGreaterThanOrEqual(20);
    for (const wrong of ['/', '/app.js', `/${token.slice(1)}/`, `/${token}x/api/info`, '/api/info']) {
      const answer = await send(server.url, { path: wrong });
      expect(answer.status, wrong).toBe(404);
      expect(answer.body).toContain('请使用启动时显示的完整地址');
    }
    // No path reads a file: a path that climbs out is just an unknown page.
    expect((await send(server.url, { path: `/${token}/../../../etc/passwd` })).status).toBe(404);
    expect((await send(server.url, { path: `/${token}/%2e%2e/%2e%2e/etc/passwd` })).status).toBe(404);
  });

  it('listens on the loopback address only', async () => {
    const outside = Object.values(os.networkInterfaces()).flat().find((net) => net && net.family === 'IPv4' && !net.internal);
    if (outside) await expect(send(server.url, { host: outside.address })).rejects.toThrow(/ECONNREFUSED/);
    await expect(send(server.url, { host: '::1' })).rejects.toThrow(/ECONNREFUSED|EADDRNOTAVAIL/);
  });

  it('refuses a Host header other than its own address and port (DNS rebinding)', async () => {
    for (const host of ['evil.example', `evil.example:${server.port}`, `127.0.0.1:${server.port + 1}`, `192.168.1.2:${server.port}`]) {
      const answer = await send(server.url, { headers: { host } });
      expect(answer.status, host).toBe(403);
      expect(answer.body).toContain('只接受 127.0.0.1 本机访问');
    }
    expect((await send(server.url, { headers: { host: `localhost:${server.port}` } })).status).toBe(200);
  });

  it('refuses requests from other pages (Origin, Sec-Fetch-Site) and bodies that are not JSON', async () => {
    const lint = json(lintBody('围绕围绕中心工作。'));
    const ok = await send(server.url, { ...lint, path: 'api/lint', headers: { ...lint.headers, origin: `http://127.0.0.1:${server.port}`, 'sec-fetch-site': 'same-origin' } });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body).messages[0].ruleId).toBe('no-repeated-word');
    const foreign: Array<Record<string, string>> = [{ origin: 'http://evil.example' }, { origin: 'null' }, { 'sec-fetch-site': 'cross-site' }, { 'sec-fetch-site': 'same-site' }];
    for (const headers of foreign) {
      const answer = await send(server.url, { ...lint, path: 'api/lint', headers: { ...lint.headers, ...headers } });
      expect(answer.status, JSON.stringify(headers)).toBe(403);
      expect(JSON.parse(answer.body).error).toBe('拒绝来自其他网页的请求');
    }
    // A form post (text/plain, sent cross-site without a preflight) is not taken.
    expect((await send(server.url, { ...lint, path: 'api/lint', headers: { 'content-type': 'text/plain' } })).status).toBe(415);
    expect((await send(server.url, { ...json('{"text": 1}'), path: 'api/lint' })).status).toBe(400);
    expect((await send(server.url, { ...json('not json'), path: 'api/lint' })).status).toBe(400);
    expect((await send(server.url, { path: 'api/lint' })).status).toBe(405);
  });

  it('refuses uploads over 20 MB with a clear message and goes on serving', async () => {
    const answer = await send(server.url, { ...openFile('大文件.txt', Buffer.alloc(21 * 1024 * 1024, 0x61)), path: 'api/open' });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).error).toMatch(/^文件太大：最多 20 MB/);
    expect((await send(server.url, { path: 'api/info' })).status).toBe(200);
  });

  it('answers a malformed or unsupported file with a clear message, never a crash', async () => {
    const cases: Array<[string, Buffer | string, RegExp]> = [
      ['损坏.docx', 'not a zip', /^无法读取 Word 文档：不是有效的 \.docx 文件/],
      ['图片.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), /^这是二进制文件，不是文本/],
      ['旧文档.doc', 'whatever', /^不支持这种文件：请选择 \.txt、\.md 或 \.docx 文件/],
      ['坏的.txt', Buffer.from([0xff, 0xfe, 0x00, 0xd8]), /^无法按 utf-16le 解码/],
    ];
    for (const [name, body, message] of cases) {
      const answer = await send(server.url, { ...openFile(name, body), path: 'api/open' });
      expect(answer.status, name).toBe(400);
      expect(JSON.parse(answer.body).error).toMatch(message);
    }
    const badName = await send(server.url, { ...openFile('a.txt', 'text'), headers: { 'content-type': 'application/octet-stream', 'x-file-name': '%E0%A4%A' }, path: 'api/open' });
    expect(badName.status).toBe(400);
    expect((await send(server.url, { path: 'api/info' })).status).toBe(200);
    expect(server.output()).not.toContain('内部错误');
  });

  it('decodes GB18030, UTF-16 and .docx uploads, and never reads the file a name points to', async () => {
    const text = '各单位围绕中心工作。';
    const uploads: Array<[string, Buffer, string]> = [
      ['国标.txt', iconv.encode(text, 'gb18030'), 'gb18030'],
      ['宽字符.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]), 'utf-16le'],
      ['报告.docx', await makeDocx(text), 'docx'], // a paragraph per line, each ending in a line break
      [path.join(dir, '.gongwenrc.yaml.txt'), Buffer.from(text), 'utf-8'],
    ];
    for (const [name, body, encoding] of uploads) {
      const answer = await send(server.url, { ...openFile(name, body), path: 'api/open' });
      expect(JSON.parse(answer.body), name).toEqual({ text: encoding === 'docx' ? `${text}\n` : text, name, encoding });
    }
  });

  it('makes the reviewed copy of a Word document, and only of a Word document', async () => {
    const review = (name: string, body: Buffer, choice?: object) => {
      const upload = openFile(name, body);
      const headers = choice ? { ...upload.headers, 'x-review': encodeURIComponent(JSON.stringify(choice)) } : upload.headers;
      return send(server.url, { ...upload, headers, path: 'api/review' });
    };
    const docx = await makeDocx('各单位围绕围绕中心工作。');
    const answer = await review('报告.docx', docx, { config: 'recommended', allow: [] });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(answer.body).toContain('word/comments.xml');
    expect((await review('报告.txt', Buffer.from('围绕围绕'), { config: 'recommended', allow: [] })).status).toBe(400);
    expect((await review('报告.docx', docx)).status).toBe(400);
    expect((await review('报告.docx', docx, { config: 'recommended', allow: [1] })).status).toBe(400);
  });

  it('offers the start folder config first and lints with it, or with a preset', async () => {
    const info = JSON.parse((await send(server.url, { path: 'api/info' })).body);
    expect(info.configs.map((c: { id: string }) => c.id)).toEqual(['folder', 'recommended', 'strict']);
    expect(info.configs[0].label).toBe('本目录配置（.gongwenrc.yaml）');
    expect(info.rules.typo.docs).toBeTruthy();
    const rules = async (config: string, allow: string[] = []) =>
      JSON.parse((await send(server.url, { ...json(lintBody('我们要坚持新时达中国特色社会主义。', config, allow)), path: 'api/lint' })).body).messages.map((m: { ruleId: string }) => m.ruleId);
    expect(await rules('folder')).toEqual([]);
    expect(await rules('recommended')).toEqual(['typo']);
    expect(await rules('recommended', ['新时达'])).toEqual([]);
    expect((await send(server.url, { ...json(lintBody('文字', 'no-such-preset')), path: 'api/lint' })).status).toBe(400);
  });
});

describe('serve: command line', () => {
  const freePort = () => new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

  it('--port takes that port; a port in use is a one-line error', async () => {
    const port = await freePort();
    const server = await startServe(['--port', String(port)], { cwd: tempDir() });
    try {
      expect(server.port).toBe(port);
      expect(server.output()).toContain('只在本机可以打开，文件不会离开这台电脑');
      const clash = cli(['serve', '--port', String(port)], { cwd: tempDir() });
      expect(clash.code).toBe(2);
      expect(clash.stderr).toBe(`gongwen-lint: 端口 ${port} 已被占用，请换一个 --port 或不指定端口\n`);
    } finally {
      await server.stop();
    }
  });

  it('opens a browser only with --open', async () => {
    const bin = tempDir({ 'xdg-open': '#!/bin/sh\necho "$1" > "$(dirname "$0")/opened"\n' });
    chmodSync(path.join(bin, 'xdg-open'), 0o755);
    const env = { PATH: `${bin}${path.delimiter}${process.env.PATH}` };
    const quiet = await startServe([], { cwd: tempDir(), env });
    await quiet.stop();
    expect(existsSync(path.join(bin, 'opened'))).toBe(false);
    const opening = await startServe(['--open'], { cwd: tempDir(), env });
    try {
      // The shell creates the file before echo writes into it: wait for the whole line.
      const opened = () => (existsSync(path.join(bin, 'opened')) ? readFileSync(path.join(bin, 'opened'), 'utf8') : '');
      await expect.poll(opened, { timeout: 15_000 }).toBe(`${opening.url}\n`);
    } finally {
      await opening.stop();
    }
  });

  it('rejects bad use with usage errors', async () => {
    expect((await runCli(['serve', '--port', 'abc'])).stderr).toBe('gongwen-lint: --port 应为 0–65535 的整数，得到 "abc"\n');
    expect((await runCli(['serve', 'report.txt'])).stderr).toMatch(/^gongwen-lint: serve 不接受文件参数：report\.txt/);
    expect((await runCli(['--port', '8080', 'report.txt'])).stderr).toBe('gongwen-lint: --port、--open 只用于 gongwen-lint serve\n');
  });
});
