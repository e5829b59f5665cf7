import { describe, expect, it } from 'vitest';
import { configWith } from './rule-tester.js';
import { lintText } from '../src/api.js';
import type { ResolvedConfig } from '../src/config/types.js';
import { LineIndex } from '../src/source/location.js';
import { readDocument } from '../src/source/document.js';

const both: ResolvedConfig = {
  ...configWith('no-repeated-word'),
  rules: { 'no-repeated-word': { level: 'error', options: {} }, 'no-abnormal-whitespace': { level: 'error', options: {} } },
};

async function findings(text: string, filePath: string) {
  const { messages } = await lintText(text, { filePath, config: both });
  return messages.map((m) => ({
    rule: m.ruleId,
    at: `${m.line}:${m.column}-${m.endLine}:${m.endColumn}`,
    flagged: text.replace(/^\uFEFF/, '').slice(m.range[0], m.range[1]),
  }));
}

describe('Markdown: only prose is linted, at exact positions', () => {
  it('lints headings, paragraphs, list items, blockquotes and table cells', async () => {
    const text = ['# 标题围绕围绕', '', '- 列表围绕围绕', '', '> 引用围绕围绕', '', '| 表头 | 列 |', '| --- | --- |', '| 围绕围绕 | 乙 |', ''].join('\n');
    expect(await findings(text, 'a.md')).toEqual([
      { rule: 'no-repeated-word', at: '1:5-1:9', flagged: '围绕围绕' },
      { rule: 'no-repeated-word', at: '3:5-3:9', flagged: '围绕围绕' },
      { rule: 'no-repeated-word', at: '5:5-5:9', flagged: '围绕围绕' },
      { rule: 'no-repeated-word', at: '9:3-9:7', flagged: '围绕围绕' },
    ]);
  });

  it('never lints code, inline code, HTML, URLs, images or front matter', async () => {
    const text = [
      '---',
      'title: 围绕围绕',
      '---',
      '',
      '正文`围绕围绕`正文，见 https://example.com/围绕围绕 和 <span title="围绕围绕">。</span>',
      '',
      '```',
      '围绕围绕',
      '```',
      '',
      '    缩进代码围绕围绕',
      '',
      '<div>围绕围绕</div>',
      '',
      '![围绕围绕](a.png)',
      '',
    ].join('\n');
    expect(await findings(text, 'a.md')).toEqual([]);
  });

  it('a masked span does not join the words around it', async () => {
    expect(await findings('围绕`x`围绕中心工作。\n', 'a.md')).toEqual([]);
  });

  it('a soft line break between Han characters does not hide a repetition', async () => {
    expect(await findings('段落围绕\n围绕中心工作。\n', 'a.md')).toEqual([
      { rule: 'no-repeated-word', at: '1:3-2:3', flagged: '围绕\n围绕' },
    ]);
    expect(await findings('> 引用围绕\n> 围绕中心。\n', 'a.md')).toEqual([
      { rule: 'no-repeated-word', at: '1:5-2:5', flagged: '围绕\n> 围绕' },
    ]);
  });

  it('maps through emphasis, escapes and entities', async () => {
    expect(await findings('工作**围绕**围绕中心，a&amp;b\\*c 深入深入。\n', 'a.md')).toEqual([
      { rule: 'no-repeated-word', at: '1:5-1:11', flagged: '围绕**围绕' },
      { rule: 'no-repeated-word', at: '1:25-1:29', flagged: '深入深入' },
    ]);
  });

  it('fixes change only their own characters, never the markup around them', async () => {
    const { messages } = await lintText('工作**围绕**围绕中心。\n', { filePath: 'a.md', config: both });
    expect(messages[0].fix).toEqual({ range: [8, 10], text: '' });
  });
});

describe('positions in the original file', () => {
  it('CRLF, BOM, emoji and NBSP', async () => {
    const text = '\uFEFF第一行😀围绕围绕。\r\n（一）\u00A0组织\r\n';
    expect(await findings(text, 'a.txt')).toEqual([
      { rule: 'no-repeated-word', at: '1:5-1:9', flagged: '围绕围绕' },
      { rule: 'no-abnormal-whitespace', at: '2:4-2:5', flagged: '\u00A0' },
    ]);
    expect(await findings(text, 'a.md')).toEqual(await findings(text, 'a.txt'));
  });

  it('columns count code points; ranges are UTF-16 offsets without the BOM', async () => {
    const { messages } = await lintText('\uFEFF😀😀围绕围绕', { filePath: 'a.txt', config: both });
    expect(messages[0]).toMatchObject({ line: 1, column: 3, endColumn: 7, range: [4, 8] });
  });

  it('LineIndex handles \\r, \\n and \\r\\n', () => {
    const lines = new LineIndex('甲\r乙\n丙\r\n丁');
    expect([0, 2, 4, 7].map((o) => lines.position(o).line)).toEqual([1, 2, 3, 4]);
  });
});

describe('plain text', () => {
  it('every non-blank line is a paragraph; URLs are masked', async () => {
    const text = '一、标题\n\n正文见 https://a.cn/x 。\n   \n';
    const { blocks } = await readDocument(text, 'text', new LineIndex(text));
    expect(blocks.map((b) => [b.line, b.text])).toEqual([
      [1, '一、标题'],
      [3, '正文见 \uFFFC 。'],
    ]);
  });
});
