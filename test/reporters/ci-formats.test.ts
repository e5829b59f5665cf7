import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/api.js';
import { checkstyle } from '../../src/reporters/checkstyle.js';
import { escapeData, escapeProperty, github } from '../../src/reporters/github.js';
import { rdjson } from '../../src/reporters/rdjson.js';
import { sarif } from '../../src/reporters/sarif.js';
import { REPO } from '../helpers/cli.js';

const cwd = '/work/docs';
// An astral character (two UTF-16 units, four UTF-8 bytes) before the repetition checks column units.
const TEXT = '第一段。\n𠀀各部门围绕围绕中心工作，抓好落实。\n';
const lint = async () => [await lintText(TEXT, { filePath: path.join(cwd, 'a,b:c.txt'), config: { rules: { 'no-repeated-word': 'error' } } })];

describe('sarif reporter', () => {
  it('is valid against the SARIF 2.1.0 schema, with UTF-16 columns', async () => {
    const schema = JSON.parse(readFileSync(path.join(REPO, 'test/fixtures/sarif/sarif-schema-2.1.0.excerpt.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false });
    ajv.addFormat('uri', (s: string) => URL.canParse(s));
    ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///'));
    const log = JSON.parse(sarif(await lint(), { color: false, cwd }));
    expect(ajv.validate(schema, log), ajv.errorsText()).toBe(true);
    const run = log.runs[0];
    expect(run.columnKind).toBe('utf16CodeUnits');
    const [result] = run.results;
    expect(result.ruleId).toBe('no-repeated-word');
    expect(result.level).toBe('error');
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe('a,b:c.txt');
    // 𠀀各部门 = 5 UTF-16 units, so 围绕围绕 starts at column 6 and ends before column 10.
    expect(result.locations[0].physicalLocation.region).toEqual({ startLine: 2, startColumn: 6, endLine: 2, endColumn: 10 });
    expect(run.tool.driver.rules[result.ruleIndex].id).toBe('no-repeated-word');
  });

  it('validates an empty run', () => {
    const log = JSON.parse(sarif([], { color: false, cwd }));
    expect(log.runs[0].results).toEqual([]);
  });
});

describe('github reporter', () => {
  it('writes workflow commands with escaped properties and data', async () => {
    const out = github(await lint(), { color: false, cwd });
    expect(out).toMatch(/^::error file=a%2Cb%3Ac\.txt,line=2,col=5,endLine=2,endColumn=9,title=gongwen-lint\(no-repeated-word\)::.*围绕/);
    expect(out.trim().split('\n')).toHaveLength(1);
  });

  it('escapes % \\r \\n in data and also : , in properties', () => {
    expect(escapeData('50%\r\n:,')).toBe('50%25%0D%0A:,');
    expect(escapeProperty('50%\r\n:,')).toBe('50%25%0D%0A%3A%2C');
  });
});

describe('checkstyle reporter', () => {
  it('writes escaped XML', async () => {
    const [result] = await lint();
    const out = checkstyle([{ ...result, filePath: '/work/<&"\'>.txt' }], { color: false, cwd });
    expect(out).toContain('<file name="/work/&lt;&amp;&quot;&apos;&gt;.txt">');
    expect(out).toMatch(/<error line="2" column="5" severity="error" message="[^"<>]*\(no-repeated-word\)" source="gongwen-lint.rules.no-repeated-word" \/>/);
  });
});

describe('rdjson reporter', () => {
  it('uses UTF-8 byte columns and turns fixes into suggestions', async () => {
    const out = JSON.parse(rdjson(await lint(), { color: false, cwd }));
    expect(out.source.name).toBe('gongwen-lint');
    const [d] = out.diagnostics;
    expect(d.severity).toBe('ERROR');
    expect(d.code.value).toBe('no-repeated-word');
    expect(d.location.path).toBe('a,b:c.txt');
    // 𠀀 is 4 bytes, 各部门 9 bytes: 围 starts at byte column 14.
    expect(d.location.range.start).toEqual({ line: 2, column: 14 });
    expect(d.suggestions?.length).toBeGreaterThan(0);
    const [s] = d.suggestions;
    const line = TEXT.split('\n')[1];
    const bytes = Buffer.from(line);
    const fixed = Buffer.concat([bytes.subarray(0, s.range.start.column - 1), Buffer.from(s.text), bytes.subarray(s.range.end.column - 1)]).toString();
    expect(fixed).toBe('𠀀各部门围绕中心工作，抓好落实。');
  });
});
