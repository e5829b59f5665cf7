/**
 * Reading Word documents: the text as the author sees it, part by part, with every offset mapped
 * back to its w:t; positions of findings checked in each kind of content.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFile, withParts, type FileLintResult } from '../src/api.js';
import { configFromObject } from '../src/config/load.js';
import { readDocx } from '../src/io/docx.js';
import { OBJECT_REPLACEMENT } from '../src/types.js';
import { runCli, tempDir } from './helpers/cli.js';
import { buildDocx, paragraph, run, type WordParts } from './helpers/docx.js';

const config = await configFromObject({ extends: 'recommended' });
const REPEATED = '各单位围绕围绕中心工作。';

async function read(parts: WordParts) {
  return readDocx(await buildDocx(parts), 'x.docx');
}

/** Lints a document built from `parts`; each finding as 「path line:column ruleId」. */
async function findings(parts: WordParts): Promise<string[]> {
  const dir = tempDir({ '报告.docx': await buildDocx(parts) });
  const results = withParts([await lintFile(path.join(dir, '报告.docx'), config)]);
  return results.flatMap((r: FileLintResult) => r.messages.map((m) => `${path.basename(r.filePath)} ${m.line}:${m.column} ${m.ruleId}`));
}

describe('reading a Word document', () => {
  it('a manual line break starts a line: 围绕⏎围绕 is two lines, and a finding after a break is on its own line', async () => {
    const body = paragraph(run('工作围绕') + '<w:r><w:br/></w:r>' + run('围绕中心。')) + paragraph(run('总结如下：') + '<w:r><w:t>一是</w:t><w:br/><w:t>' + REPEATED + '</w:t></w:r>');
    const { parts } = await read({ body });
    expect(parts[0].text).toBe(`工作围绕\n围绕中心。\n总结如下：一是\n${REPEATED}\n`);
    expect(await findings({ body })).toEqual(['报告.docx 4:4 no-repeated-word']);
  });

  it('maps every character of text back to the w:t it came from', async () => {
    const body = paragraph(run('围绕', { bold: true }) + run('围绕中心') + '<w:r><w:tab/><w:t>工作</w:t></w:r>');
    const { parts } = await read({ body });
    const [part] = parts;
    expect(part.text).toBe('围绕围绕中心\t工作\n');
    for (const segment of part.segments) expect(segment.t.textContent).toBe(part.text.slice(segment.start, segment.end));
    expect(part.segments.map((s) => [s.start, s.end])).toEqual([[0, 2], [2, 6], [7, 9]]);
  });

  it('reads a table cell by cell, each cell paragraph a line', async () => {
    const cell = (text: string) => `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${paragraph(text)}</w:tc>`;
    const body = paragraph('表1 工作情况') + `<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>${cell('项目')}${cell('进展')}</w:tr><w:tr>${cell('调研')}${cell(REPEATED)}</w:tr></w:tbl>`;
    const { parts } = await read({ body });
    expect(parts[0].text).toBe(`表1 工作情况\n项目\n进展\n调研\n${REPEATED}\n`);
    expect(await findings({ body })).toEqual(['报告.docx 5:4 no-repeated-word']);
  });

  it('reads headers, footers, footnotes and endnotes as parts of their own, named as a writer says them', async () => {
    const body = paragraph(run('正文。') + '<w:r><w:footnoteReference w:id="2"/></w:r>' + run('又一处。') + '<w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:endnoteReference w:id="1"/></w:r>');
    const parts = {
      body,
      header: paragraph(REPEATED),
      footer: paragraph(run('第') + '<w:fldSimple w:instr=" PAGE "><w:r><w:t>3</w:t></w:r></w:fldSimple>' + run('页')),
      footnotes: [paragraph('注释一。'), paragraph(`见${REPEATED}`)],
      endnotes: [paragraph(`尾注：${REPEATED}`)],
    };
    const document = await read(parts);
    expect(document.parts.map((p) => [p.name, p.text])).toEqual([
      ['', '正文。又一处。\n'],
      ['页眉', `${REPEATED}\n`],
      ['页脚', `第${OBJECT_REPLACEMENT}页\n`],
      // Numbered in the order of their references: footnote 2 comes first.
      ['脚注1', `见${REPEATED}\n`],
      ['脚注2', '注释一。\n'],
      ['尾注1', `尾注：${REPEATED}\n`],
    ]);
    expect(await findings(parts)).toEqual([
      '报告.docx#页眉 1:4 no-repeated-word',
      '报告.docx#脚注1 1:5 no-repeated-word',
      '报告.docx#尾注1 1:7 no-repeated-word',
    ]);
  });

  it('reads tracked changes as if accepted: insertions in, deletions out, a deleted paragraph mark joins', async () => {
    const mark = 'w:id="9" w:author="张三" w:date="2026-01-01T00:00:00Z"';
    const body =
      paragraph(run('各单位') + `<w:ins ${mark}>${run('围绕')}</w:ins>` + `<w:del ${mark}><w:r><w:delText>紧紧</w:delText></w:r></w:del>` + run('围绕中心工作。')) +
      `<w:p><w:pPr><w:rPr><w:del ${mark}/></w:rPr></w:pPr>${run('上半段')}</w:p>` + paragraph('接下半段。') +
      paragraph(`<w:moveFrom ${mark}>${run('挪走的')}</w:moveFrom>` + run('留下的') + `<w:moveTo ${mark}>${run('挪来的')}</w:moveTo>`);
    const { parts } = await read({ body });
    expect(parts[0].text).toBe(`${REPEATED}\n上半段接下半段。\n留下的挪来的\n`);
    expect(await findings({ body })).toEqual(['报告.docx 1:4 no-repeated-word']);
  });

  it('does not read fields as prose (a table of contents over several paragraphs, a page number), but reads a hyperlink', async () => {
    const begin = (instruction: string) => `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">${instruction}</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>`;
    const end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>';
    const body =
      paragraph(begin(' TOC \\o "1-3" ') + run('一、围绕围绕中心\t1')) + paragraph(run('二、总结\t2') + end) +
      paragraph(run('详见') + begin(' HYPERLINK "https://example.gov.cn" ') + run('网站') + end + run('。'));
    const { parts } = await read({ body });
    expect(parts[0].text).toBe(`${OBJECT_REPLACEMENT}\n\n详见网站。\n`);
    expect(await findings({ body })).toEqual([]);
  });

  it('reads a text box once (not its copy for old readers) as a part of its own', async () => {
    const box = `<w:txbxContent>${paragraph(REPEATED)}</w:txbxContent>`;
    const body = paragraph(run('正文。') + `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>${box}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>${box}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`);
    const document = await read({ body });
    expect(document.parts.map((p) => [p.name, p.text])).toEqual([['', '正文。\n'], ['文本框1', `${REPEATED}\n`]]);
    expect(await findings({ body })).toEqual(['报告.docx#文本框1 1:4 no-repeated-word']);
  });

  it('names a part the same way in stylish, json and sarif reports', async () => {
    const dir = tempDir({ '报告.docx': await buildDocx({ body: paragraph('正文。'), header: paragraph(REPEATED) }) });
    const stylish = await runCli(['报告.docx'], { cwd: dir });
    expect(stylish.stdout).toContain('报告.docx#页眉\n  1:4');
    const json = JSON.parse((await runCli(['--format', 'json', '报告.docx'], { cwd: dir })).stdout);
    expect(json.map((r: { filePath: string; messages: unknown[] }) => [path.basename(r.filePath), r.messages.length])).toEqual([['报告.docx', 0], ['报告.docx#页眉', 1]]);
    const sarif = JSON.parse((await runCli(['--format', 'sarif', '报告.docx'], { cwd: dir })).stdout);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(encodeURI('报告.docx#页眉'));
  });
});
