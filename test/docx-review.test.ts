/**
 * Writing Word documents back: the reviewed copy (--review: comments and tracked changes), --fix
 * as tracked changes, --fix-dry-run, and bad input. Read back from the XML, with the changes
 * accepted or rejected here by resolving w:ins and w:del, independently of our reader.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixText, lintText, reviseDocx } from '../src/api.js';
import { configFromObject } from '../src/config/load.js';
import { ruleUrl } from '../src/engine/urls.js';
import { SEED, runCli, tempDir } from './helpers/cli.js';
import { buildDocx, makeDocx, paragraph, partXml, run } from './helpers/docx.js';

const config = await configFromObject({ extends: 'recommended' });
const seed = readFileSync(SEED, 'utf8');
const REPEATED = '各单位围绕围绕中心工作。';

const unescape = (xml: string) => xml.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
/** The text of each paragraph of a document.xml, with the changes accepted (or rejected). */
function paragraphs(xml: string, changes: 'accept' | 'reject'): string[] {
  const resolved = changes === 'accept' ? xml.replace(/<w:del\b[^>]*>.*?<\/w:del>/gs, '') : xml.replace(/<w:ins\b[^>]*>.*?<\/w:ins>/gs, '').replace(/w:delText/g, 'w:t');
  return resolved.split(/<\/w:p>|<w:p\/>/).slice(0, -1).map((p) => unescape([...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')));
}

/** Each comment: its id, text, and the original text it is anchored on (tracked changes rejected). */
function comments(documentXml: string, commentsXml: string) {
  return [...commentsXml.matchAll(/<w:comment w:id="(\d+)" w:author="([^"]*)"[^>]*>(.*?)<\/w:comment>/gs)].map(([, id, author, body]) => {
    const anchored = documentXml.slice(documentXml.indexOf(`<w:commentRangeStart w:id="${id}"/>`), documentXml.indexOf(`<w:commentRangeEnd w:id="${id}"/>`));
    const paragraph = documentXml.slice(0, documentXml.indexOf(`<w:commentRangeStart w:id="${id}"/>`)).split(/<\/w:p>|<w:p\/>/).length;
    return { author, paragraph, anchored: paragraphs(`${anchored}</w:p>`, 'reject')[0], text: paragraphs(body, 'accept').join('\n') };
  });
}

describe('the reviewed copy (--review)', () => {
  it('the seed report: a comment on each finding, and accepting every change gives what --fix gives the text', async () => {
    const dir = tempDir({ '报告.docx': await makeDocx(seed), '报告.txt': seed });
    const original = readFileSync(path.join(dir, '报告.docx'));
    const review = await runCli(['--review', '--format', 'json', '报告.docx'], { cwd: dir });
    expect(review.stderr).toBe('gongwen-lint: 已生成审校稿 报告.审校.docx（批注 11 条，修订 12 处）\n');
    expect(review.code).toBe(1);
    expect(readFileSync(path.join(dir, '报告.docx'))).toEqual(original);
    const [result] = JSON.parse(review.stdout);
    expect(result.messages).toHaveLength(11);

    const reviewed = readFileSync(path.join(dir, '报告.审校.docx'));
    const documentXml = await partXml(reviewed, 'word/document.xml');
    const found = comments(documentXml, await partXml(reviewed, 'word/comments.xml'));
    expect(found.map((c) => [c.paragraph, c.anchored])).toEqual(result.messages.map((m: { line: number; actual: string }) => [m.line, m.actual]));
    for (const [i, comment] of found.entries()) {
      const message = result.messages[i];
      expect(comment.author).toBe('gongwen-lint');
      expect(comment.text).toContain(message.message);
      expect(comment.text).toContain(`规则：${message.ruleId}（${ruleUrl(message.ruleId)}）`);
    }
    expect(found[3].text).toBe('“围绕围绕”中的“围绕”重复，应为“围绕”\n建议：删去“围绕”\n规则：no-repeated-word（https://github.com/gongwen-lint/gongwen-lint/blob/main/docs/rules/no-repeated-word.md）');

    expect((await runCli(['--fix', '报告.txt'], { cwd: dir })).code).toBe(0);
    const fixedText = readFileSync(path.join(dir, '报告.txt'), 'utf8');
    expect(paragraphs(documentXml, 'accept').join('\n')).toBe(fixedText);
    expect(paragraphs(documentXml, 'reject').join('\n')).toBe(seed);
    expect([...documentXml.matchAll(/<w:(?:ins|del) [^>]*w:author="([^"]*)"/g)].every((m) => m[1] === 'gongwen-lint')).toBe(true);
  });

  it('keeps formatting: a span over a bold run and a plain run is split at the runs, not flattened', async () => {
    const bytes = await buildDocx({ body: paragraph(run('各单位') + run('围绕', { bold: true }) + run('围绕中心工作。')) });
    const revised = await reviseDocx(bytes, '报告.docx', { config, comments: true });
    const xml = await partXml(revised.bytes, 'word/document.xml');
    const boldText = [...xml.matchAll(/<w:r><w:rPr><w:b\/><\/w:rPr><w:(?:t|delText)[^>]*>([^<]*)</g)].map((m) => m[1]).join('');
    expect(boldText).toBe('围绕');
    const [comment] = comments(xml, await partXml(revised.bytes, 'word/comments.xml'));
    expect(comment.anchored).toBe('围绕围绕');
    expect(xml).toMatch(/<w:commentRangeStart w:id="\d+"\/><w:r><w:rPr><w:b\/><\/w:rPr>/);
    expect(paragraphs(xml, 'accept')).toEqual(['各单位围绕中心工作。']);
  });

  it('adds its comments after comments already in the document, with ids of its own', async () => {
    const bytes = await makeDocx(REPEATED);
    const once = await reviseDocx(bytes, '报告.docx', { config, comments: true });
    const twice = await reviseDocx(once.bytes, '报告.docx', { config, comments: true, fixTypes: ['punctuation'] });
    const commentsXml = await partXml(twice.bytes, 'word/comments.xml');
    const ids = [...commentsXml.matchAll(/<w:comment w:id="(\d+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(1); // accepted as read, the second review finds nothing new
    const documentXml = await partXml(twice.bytes, 'word/document.xml');
    const allIds = [...documentXml.matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set([...allIds, ...ids]).size).toBe(allIds.length + ids.length);
  });

  it('writes where --output-file says, and a finding in a header gets a tracked change but no comment (Word has none there)', async () => {
    const dir = tempDir({ '报告.docx': await buildDocx({ body: paragraph(REPEATED), header: paragraph(REPEATED) }) });
    const run = await runCli(['--review', '-o', '审校稿/报告-审校.docx', '报告.docx'], { cwd: dir });
    expect(run.stdout).toContain('报告.docx#页眉');
    expect(run.stderr).toContain('已生成审校稿 审校稿/报告-审校.docx（批注 1 条，修订 2 处）');
    const reviewed = readFileSync(path.join(dir, '审校稿/报告-审校.docx'));
    expect(paragraphs(await partXml(reviewed, 'word/header1.xml'), 'accept')).toEqual(['各单位围绕中心工作。']);
    expect(existsSync(path.join(dir, '报告.审校.docx'))).toBe(false);
    expect((await runCli(['--review', '--fix', '报告.docx'], { cwd: dir })).stderr).toContain('--review 不能与 --fix');
  });
  it('reviewing a folder again skips the reviewed copies it wrote before', async () => {
    const dir = tempDir({ '报告/述职.docx': await makeDocx(REPEATED) });
    expect((await runCli(['--review', '报告'], { cwd: dir })).code).toBe(1);
    expect((await runCli(['--review', '报告'], { cwd: dir })).code).toBe(1);
    expect(readdirSync(path.join(dir, '报告')).sort()).toEqual(['述职.docx', '述职.审校.docx']);
  });
});

describe('--fix and --fix-dry-run on a Word document', () => {
  it('--fix writes the fixes into the document as tracked changes the author can reject; a second run changes nothing', async () => {
    const dir = tempDir({ '报告.docx': await buildDocx({ body: paragraph(REPEATED) + paragraph('严格按规范程序选拔任用10科级领导干部。'), footnotes: [paragraph(REPEATED)] }) });
    const fix = await runCli(['--fix', '报告.docx'], { cwd: dir });
    expect(fix.code).toBe(0);
    expect(fix.stdout).toBe('');
    const fixed = readFileSync(path.join(dir, '报告.docx'));
    const documentXml = await partXml(fixed, 'word/document.xml');
    expect(paragraphs(documentXml, 'accept')).toEqual(['各单位围绕中心工作。', '严格按规范程序选拔任用10名科级领导干部。']);
    expect(paragraphs(documentXml, 'reject')).toEqual([REPEATED, '严格按规范程序选拔任用10科级领导干部。']);
    expect(documentXml).not.toContain('commentRangeStart');
    expect(paragraphs(await partXml(fixed, 'word/footnotes.xml'), 'accept').at(-1)).toBe('各单位围绕中心工作。');
    expect(readdirSync(dir)).toEqual(['报告.docx']);

    expect((await runCli(['--fix', '报告.docx'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(path.join(dir, '报告.docx'))).toEqual(fixed);
  });

  it('--fix-dry-run prints the diff of the text of each part and writes nothing', async () => {
    const bytes = await buildDocx({ body: paragraph(REPEATED), header: paragraph(REPEATED) });
    const dir = tempDir({ '报告.docx': bytes });
    const run = await runCli(['--fix-dry-run', '报告.docx'], { cwd: dir });
    expect(run.stdout).toContain(`--- 报告.docx\n+++ 报告.docx\n@@ -1,1 +1,1 @@\n-${REPEATED}\n+各单位围绕中心工作。`);
    expect(run.stdout).toContain('--- 报告.docx#页眉');
    expect(readFileSync(path.join(dir, '报告.docx'))).toEqual(bytes);
  });

  it('accepting the changes of any text gives fixText: the library call', async () => {
    const text = `${REPEATED}\n坚定自觉的将思想统一到党的二十大精神上来。`;
    const revised = await reviseDocx(await makeDocx(text, 2), '报告.docx', { config, comments: false });
    const expected = (await fixText(text, { config, filePath: 'x.txt' })).output;
    expect(paragraphs(await partXml(revised.bytes, 'word/document.xml'), 'accept').join('\n')).toBe(expected);
    expect(revised.result.messages).toEqual((await lintText(expected, { config, filePath: 'x.txt' })).messages);
  });
});

describe('bad Word documents: one clear line, the original never touched', () => {
  const ole = (encrypted: boolean) => {
    const bytes = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes);
    Buffer.from(encrypted ? 'EncryptedPackage' : 'WordDocument', 'utf16le').copy(bytes, 1024);
    return bytes;
  };
  it.each([
    ['加密.docx', () => ole(true), '文档设有打开密码（已加密）'],
    ['旧版.docx', () => ole(false), '改了扩展名的旧版 .doc 文件'],
    ['网页.docx', () => Buffer.from('<html><head><meta charset="utf-8"></head><body><p>各单位围绕围绕中心工作。</p></body></html>'), '另存为 .docx 的网页（HTML）文件'],
    ['截断.docx', async () => (await makeDocx(REPEATED)).subarray(0, 300), '压缩包已损坏'],
    ['空包.docx', async () => (await import('jszip')).default().file('a.txt', 'x').generateAsync({ type: 'nodebuffer' }), '没有正文'],
    ['严格格式.docx', async () => {
      const zip = await (await import('jszip')).default.loadAsync(await makeDocx(REPEATED));
      const xml = await zip.file('word/document.xml')!.async('string');
      return zip.file('word/document.xml', xml.replace('http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main')).generateAsync({ type: 'nodebuffer' });
    }, 'Strict Open XML 格式'],
    ['坏XML.docx', async () => buildDocx({ body: '<w:p><w:r><w:t>未闭合</w:r></w:p>' }), 'word/document.xml 已损坏（XML 有错）'],
  ])('%s', async (name, make, reason) => {
    const bytes = await make();
    const dir = tempDir({ [name]: bytes });
    for (const args of [[name], ['--review', name], ['--fix', name]]) {
      const run = await runCli(args, { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`${name}: 无法读取 Word 文档：`);
      expect(run.stderr).toContain(reason);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(readFileSync(path.join(dir, name))).toEqual(bytes);
      expect(readdirSync(dir)).toEqual([name]);
    }
  });

  it('a macro-enabled document (.docm) is read and reviewed; its macros are kept as they were', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(await buildDocx({ body: paragraph(REPEATED), mainContentType: 'application/vnd.ms-word.document.macroEnabled.main+xml' }));
    zip.file('word/vbaProject.bin', Buffer.from([1, 2, 3, 4]));
    const dir = tempDir({ '宏.docm': await zip.generateAsync({ type: 'nodebuffer' }) });
    const run = await runCli(['--review', '宏.docm'], { cwd: dir });
    expect(run.stdout).toContain('no-repeated-word');
    const reviewed = await JSZip.loadAsync(readFileSync(path.join(dir, '宏.审校.docm')));
    expect(await reviewed.file('word/vbaProject.bin')!.async('nodebuffer')).toEqual(Buffer.from([1, 2, 3, 4]));
  });
});
