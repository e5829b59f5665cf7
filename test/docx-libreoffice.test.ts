/**
 * A real consumer opens the reviewed copy: LibreOffice (headless soffice) converts it to flat
 * OpenDocument text and must show our comments (office:annotation) and tracked changes
 * (text:changed-region) by gongwen-lint; its text with the changes accepted must be what --fix
 * gives the .txt. CI installs LibreOffice (.ci/run) and must run this; elsewhere it is skipped
 * without soffice.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { fixText, lintText, reviseDocx } from '../src/api.js';
import { configFromObject } from '../src/config/load.js';
import { SEED, tempDir } from './helpers/cli.js';
import { buildDocx, makeDocx, paragraph, run } from './helpers/docx.js';

const hasSoffice = spawnSync('soffice', ['--version']).status === 0;
const skip = !hasSoffice && !process.env.CI;
const title = skip ? 'LibreOffice opens the reviewed copy (skipped: soffice not installed; apt-get install libreoffice-writer-nogui)' : 'LibreOffice opens the reviewed copy';

const OFFICE = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0';
const TEXT = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0';
const DC = 'http://purl.org/dc/elements/1.1/';

/** Converts .docx files to flat ODF (.fodt) in one soffice run; the parsed documents by name. */
function convert(dir: string, files: string[]) {
  const profile = path.join(dir, 'profile');
  const result = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'fodt', '--outdir', path.join(dir, 'out'), ...files], { cwd: dir, encoding: 'utf8', timeout: 110_000 });
  expect(result.status, result.stderr).toBe(0);
  return Object.fromEntries(files.map((file) => [file, new DOMParser().parseFromString(readFileSync(path.join(dir, 'out', file.replace(/\.docx$/, '.fodt')), 'utf8'), 'text/xml')]));
}

/**
 * The text of the body's paragraphs as LibreOffice reads them with every change accepted: the
 * text between text:change-start and text:change-end of a deletion is left out.
 */
function acceptedParagraphs(document: ReturnType<DOMParser['parseFromString']>): string[] {
  const deletions = new Set(Array.from(document.getElementsByTagNameNS(TEXT, 'changed-region'))
    .filter((region) => region.getElementsByTagNameNS(TEXT, 'deletion').length)
    .map((region) => region.getAttributeNS(TEXT, 'id')));
  const lines: string[] = [];
  let deleting = false;
  const text = (node: Node): string => {
    if (node.nodeType === 3) return deleting ? '' : (node as unknown as { data: string }).data;
    if (node.nodeType !== 1) return '';
    const element = node as Element;
    const is = (namespace: string, name: string) => element.namespaceURI === namespace && element.localName === name;
    if (is(OFFICE, 'annotation')) return '';
    if (is(TEXT, 'change-start') && deletions.has(element.getAttributeNS(TEXT, 'change-id'))) deleting = true;
    if (is(TEXT, 'change-end') && deletions.has(element.getAttributeNS(TEXT, 'change-id'))) deleting = false;
    if (deleting) return '';
    if (is(TEXT, 's')) return ' '.repeat(Number(element.getAttributeNS(TEXT, 'c') || 1));
    if (is(TEXT, 'tab')) return '\t';
    return Array.from(element.childNodes).map(text).join('');
  };
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      if (element.namespaceURI === TEXT && element.localName === 'tracked-changes') continue;
      if (element.namespaceURI === TEXT && (element.localName === 'p' || element.localName === 'h')) lines.push(text(element));
      else walk(element);
    }
  };
  walk(document.getElementsByTagNameNS(OFFICE, 'text')[0]);
  return lines;
}

describe.skipIf(skip)(title, () => {
  it('shows every comment and change by gongwen-lint, and reads the --fix text with the changes accepted', async () => {
    const config = await configFromObject({ extends: 'recommended' });
    const seed = readFileSync(SEED, 'utf8');
    const dir = tempDir();
    try {
      const seedReview = await reviseDocx(await makeDocx(seed), '报告.docx', { config, comments: true });
      writeFileSync(path.join(dir, 'seed.docx'), seedReview.bytes);
      const formatted = await reviseDocx(await buildDocx({ body: paragraph(run('各单位') + run('围绕', { bold: true }) + run('围绕中心工作。')) }), '格式.docx', { config, comments: true });
      writeFileSync(path.join(dir, 'format.docx'), formatted.bytes);
      mkdirSync(path.join(dir, 'out'));
      const converted = convert(dir, ['seed.docx', 'format.docx']);

      const document = converted['seed.docx'];
      const annotations = Array.from(document.getElementsByTagNameNS(OFFICE, 'annotation'));
      const messages = (await lintText(seed, { config, filePath: 'x.txt' })).messages;
      expect(annotations).toHaveLength(messages.length);
      for (const [i, annotation] of annotations.entries()) {
        expect(annotation.getElementsByTagNameNS(DC, 'creator')[0].textContent).toBe('gongwen-lint');
        expect(annotation.textContent).toContain(messages[i].message);
      }
      const regions = Array.from(document.getElementsByTagNameNS(TEXT, 'changed-region'));
      expect(regions.length).toBeGreaterThanOrEqual(seedReview.changes);
      for (const region of regions) expect(region.getElementsByTagNameNS(DC, 'creator')[0].textContent).toBe('gongwen-lint');
      const kinds = new Set(regions.map((r) => Array.from(r.childNodes).find((n) => n.nodeType === 1)!.localName));
      expect(kinds).toEqual(new Set(['insertion', 'deletion']));

      const fixed = (await fixText(seed, { config, filePath: 'x.txt' })).output;
      expect(acceptedParagraphs(document).join('\n')).toBe(fixed); // the seed's final line end is an empty last paragraph

      const bold = converted['format.docx'];
      expect(acceptedParagraphs(bold)).toEqual(['各单位围绕中心工作。']);
      expect(bold.getElementsByTagNameNS(OFFICE, 'annotation')).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
