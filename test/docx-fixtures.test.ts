/**
 * Word documents written by real writers (fixtures/docx/make.py says how they were made):
 * python-docx (a header, a bold run, a manual line break, a table) and LibreOffice (the seed report).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixText, lintFile, reviseDocx, withParts } from '../src/api.js';
import { configFromObject } from '../src/config/load.js';
import { readDocx } from '../src/io/docx.js';
import { REPO, SEED } from './helpers/cli.js';

const config = await configFromObject({ extends: 'recommended' });
const fixture = (name: string) => path.join(REPO, 'fixtures/docx', name);
const where = (m: { line: number; column: number; ruleId: string }) => `${m.line}:${m.column} ${m.ruleId}`;

describe('Word documents from real writers', () => {
  it('python-docx: the header, a line break, a table and a bold run, read and reviewed in place', async () => {
    const results = withParts([await lintFile(fixture('structure.docx'), config)]);
    expect(results.map((r) => [path.basename(r.filePath), r.messages.map(where)])).toEqual([
      ['structure.docx', ['2:5 no-repeated-word', '4:10 de-di-de', '8:12 no-repeated-word']],
      ['structure.docx#页眉', ['1:11 no-repeated-word']],
    ]);

    const bytes = readFileSync(fixture('structure.docx'));
    const revised = await reviseDocx(bytes, 'structure.docx', { config, comments: true });
    expect([revised.comments, revised.changes, revised.skipped]).toEqual([3, 4, 0]); // no comments in a header (Word allows none)
    const accepted = await readDocx(revised.bytes, 'structure.docx');
    expect(accepted.parts.map((p) => p.text)).toEqual(
      (await readDocx(bytes, 'structure.docx')).parts.map((p) => p.text.replace('围绕围绕', '围绕').replace('深入深入', '深入').replace('自觉的', '自觉地')),
    );
    const body = accepted.parts[0].segments.filter((s) => s.t.parentNode?.firstChild?.firstChild?.nodeName === 'w:b').map((s) => s.t.textContent).join('');
    expect(body).toBe('围绕');
  });

  it('LibreOffice: the seed report gives the findings of the .txt, and accepting the review gives its --fix', async () => {
    const fromText = await lintFile(SEED, config);
    const fromWord = await lintFile(fixture('seed-libreoffice.docx'), config);
    expect(fromWord.messages.map(where)).toEqual(fromText.messages.map(where));
    const revised = await reviseDocx(readFileSync(fixture('seed-libreoffice.docx')), 'seed.docx', { config, comments: true });
    expect([revised.comments, revised.skipped]).toEqual([11, 0]);
    const seed = readFileSync(SEED, 'utf8');
    expect((await readDocx(revised.bytes, 'seed.docx')).parts[0].text).toBe((await fixText(seed, { config, filePath: 'x.txt' })).output);
  });
});
