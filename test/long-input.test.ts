/**
 * Long and deeply nested input (issue 10 item 7): the token-level rules see a long paragraph in
 * pieces cut at sentence ends, and a Markdown document too large or too deeply nested for the
 * parser is read as plain text with a notice; positions stay exact either way. (Time and
 * memory are measured by `npm run bench`, never here.)
 */
import { describe, expect, it } from 'vitest';
import { configFromObject } from '../src/config/load.js';
import { lintSource } from '../src/engine/lint.js';
import { markdownTooComplex, MARKDOWN_MAX_CHARS, type SourceBlock } from '../src/source/document.js';
import { LineIndex } from '../src/source/location.js';
import { SliceMap } from '../src/source/offset-map.js';
import { PIECE_LIMIT, piecesOf } from '../src/source/pieces.js';

const config = await configFromObject({ extends: [], rules: { 'no-repeated-word': 'error', 'no-trailing-spaces': 'error' } });
const SENTENCE = '各部门要围绕中心工作，抓好落实。';

const paragraph = (text: string): SourceBlock => ({ kind: 'paragraph', text, map: new SliceMap(7), quoted: false, line: 1, listMarker: '-' });

describe('pieces of a long block', () => {
  it('cuts after a sentence end, within the limit, and maps each piece back to the file', () => {
    const text = SENTENCE.repeat(500);
    const pieces = piecesOf(paragraph(text), () => 1);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.map((piece) => piece.text).join('')).toBe(text);
    let offset = 0;
    for (const piece of pieces) {
      expect(piece.text.length).toBeLessThanOrEqual(PIECE_LIMIT);
      expect(piece.map.start(0)).toBe(7 + offset);
      offset += piece.text.length;
    }
    expect(pieces.slice(0, -1).every((piece) => piece.text.endsWith('。'))).toBe(true);
    expect(pieces.slice(1).every((piece) => piece.listMarker === undefined)).toBe(true);
  });

  it('keeps a closing quote with its sentence and never splits a surrogate pair', () => {
    const quoted = piecesOf(paragraph('“围绕中心。”'.repeat(1000)), () => 1);
    expect(quoted.slice(0, -1).every((piece) => piece.text.endsWith('。”'))).toBe(true);
    const emoji = piecesOf(paragraph(`围${'😀'.repeat(3000)}`), () => 1);
    expect(emoji.every((piece) => !/[\uD800-\uDBFF]$/.test(piece.text))).toBe(true);
  });

  it('reports a finding deep in a 100,000-character line at its exact position', async () => {
    const line = `${SENTENCE.repeat(6000)}要深入深入调研。`;
    const result = await lintSource(`标题\n${line}\n`, { config, format: 'text' });
    const [message] = result.messages;
    expect(result.messages).toHaveLength(1);
    expect(message).toMatchObject({ ruleId: 'no-repeated-word', actual: '深入深入', line: 2, column: SENTENCE.length * 6000 + 2 });
    expect(message.range[0]).toBe(3 + SENTENCE.length * 6000 + 1);
  });

  it('still finds a repetition in a long line without any punctuation', async () => {
    const line = `${'我们坚持推进改革发展'.repeat(1000)}围绕围绕`;
    const result = await lintSource(line, { config, format: 'text' });
    expect(result.messages.map((m) => [m.actual, m.range[0]])).toEqual([['围绕围绕', line.length - 4]]);
  });
});

describe('columns on a long line with emoji', () => {
  it('count code points exactly at every offset, across the index’s checkpoints', () => {
    const text = `标题\n${'😀围'.repeat(3000)}\r\n😀`;
    const lines = new LineIndex(text);
    for (let offset = 0; offset <= text.length; offset += 7) {
      const line = lines.lineOf(offset);
      expect(lines.position(offset).column).toBe([...text.slice(lines.lineStart(line), offset)].length + 1);
    }
  });
});

describe('Markdown too large or too deep for the parser', () => {
  it('reads a document over the size limit as plain text, with a notice and exact positions', async () => {
    const row = '| 围绕中心工作 | 100 | 说明 |\n';
    const text = `| 项目 | 金额 | 说明 |\n|---|---|---|\n${row.repeat(Math.ceil(MARKDOWN_MAX_CHARS / row.length))}| 深入深入 | 1 | 末行 |  \n`;
    const result = await lintSource(text, { config, format: 'markdown' });
    expect(result.notices).toEqual([expect.stringContaining('Markdown 文档过大')]);
    const lastLine = text.split('\n').length - 1;
    expect(result.messages.map((m) => [m.ruleId, m.actual, m.line])).toEqual([
      ['no-repeated-word', '深入深入', lastLine],
      ['no-trailing-spaces', '  ', lastLine],
    ]);
  });

  it('reads deeply nested lists and quotes as plain text, naming the first line too deep', async () => {
    const text = Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- 第${i}项工作`).join('\n');
    const result = await lintSource(`${text}\n${'  '.repeat(300)}- 深入深入调研\n`, { config, format: 'markdown' });
    expect(result.notices).toEqual([expect.stringContaining('Markdown 嵌套过深（第 51 行')]);
    expect(result.messages.map((m) => [m.actual, m.line])).toEqual([['深入深入', 301]]);
    for (const nested of [`${'- '.repeat(1000)}围绕`, `${'>'.repeat(1000)} 围绕`]) {
      expect(markdownTooComplex(nested, new LineIndex(nested))).toContain('第 1 行');
    }
  });

  it('parses ordinary Markdown as before, without a notice', async () => {
    const text = '# 标题\n\n> - 引用中的列表\n>   - 第二层\n\n| 项目 | 说明 |\n|---|---|\n| 围绕围绕 | 好 |\n';
    expect(markdownTooComplex(text, new LineIndex(text))).toBeUndefined();
    const result = await lintSource(text, { config, format: 'markdown' });
    expect(result.notices).toBeUndefined();
    expect(result.messages.map((m) => [m.actual, m.line])).toEqual([['围绕围绕', 8]]);
  });
});
