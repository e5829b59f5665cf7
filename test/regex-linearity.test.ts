/**
 * Every regular-expression literal in rules/ and src/ runs in linear time (issue 10 item 6):
 * scslre finds backtracking that is super-linear in the input, either within one attempt
 * (nested or adjacent quantifiers over overlapping characters) or across the attempts that a
 * global search makes at each position (`/。+[？！]+/g` rescans a run of 。 from each of its
 * characters). A regex built at run time from a template is checked by the linearity benchmark
 * (scripts/bench-linearity.ts) instead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyse } from 'scslre';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO } from './helpers/cli.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(REPO, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
    .map((entry) => path.relative(REPO, path.join(entry.parentPath, entry.name)));
}

/** Each regex literal of a TypeScript file, with the line it is on. */
function regexLiterals(file: string): Array<{ where: string; regex: RegExp }> {
  const source = ts.createSourceFile(file, readFileSync(path.join(REPO, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const found: Array<{ where: string; regex: RegExp }> = [];
  const visit = (node: ts.Node) => {
    if (ts.isRegularExpressionLiteral(node)) {
      const text = node.getText();
      const slash = text.lastIndexOf('/');
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      found.push({ where: `${file}:${line}`, regex: new RegExp(text.slice(1, slash), text.slice(slash + 1)) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('regular expressions of rules and sources', () => {
  const literals = [...sourceFiles('rules'), ...sourceFiles('src')].flatMap(regexLiterals);

  it('finds the literals', () => {
    expect(literals.length).toBeGreaterThan(50);
    expect(literals.map(({ regex }) => regex.source)).toContain('(?<!。)。+[？！]+');
  });

  it('none backtracks super-linearly', () => {
    const superLinear = literals.flatMap(({ where, regex }) =>
      analyse(regex).reports.map((report) => `${where} /${regex.source}/${regex.flags}: ${report.type}${report.exponential ? ' (exponential)' : ''}`),
    );
    expect(superLinear).toEqual([]);
  });
});
