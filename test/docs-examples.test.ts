/**
 * The README and docs/ say what the code does:
 * - every transcript in them (a fenced block whose lines start with `$ gongwen-lint …`, followed by
 *   the output) is run, in the repository folder, and must print exactly what is shown: to show a
 *   new example, write it as such a transcript (on a file under fixtures/) and this test checks it;
 * - every other `gongwen-lint …` command in their code blocks must parse (known options, values);
 * - every one-line message about a file they show (`gongwen-lint: 名.txt: …`) is what the CLI prints
 *   for such a file, made here by the recipe of its name;
 * - hand-written rule tables name the preset that really holds each rule.
 * docs/rules/ and README's generated tables are checked by test/docs.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../src/cli/args.js';
import { readPreset } from '../src/config/presets.js';
import { REPO, runCli, tempDir } from './helpers/cli.js';

const DOCS = ['README.md', ...readdirSync(path.join(REPO, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

interface Block {
  file: string;
  line: number;
  lines: string[];
}

function codeBlocks(file: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  readFileSync(path.join(REPO, file), 'utf8').split('\n').forEach((text, index) => {
    if (/^\s*```/.test(text)) {
      if (current) blocks.push(current);
      current = current ? undefined : { file, line: index + 1, lines: [] };
    } else current?.lines.push(text);
  });
  return blocks;
}

/** Shell words of a command line, up to a comment, pipe or redirection. */
function words(command: string): string[] {
  const result: string[] = [];
  for (const match of command.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) {
    const bare = match[3];
    if (bare !== undefined && /^(#|\||\|\||<|>|&&)/.test(bare)) break;
    result.push(match[1] ?? match[2] ?? bare!);
  }
  return result;
}

/** The arguments of a gongwen-lint invocation on this line, if it is one. */
function invocation(line: string): string[] | undefined {
  const command = line.replace(/^\s*(\$|- run:)\s*/, '').replace(/^npx\s+/, '');
  const [program, ...args] = words(command);
  return program === 'gongwen-lint' || program === 'bin/gongwen-lint.js' ? args : undefined;
}

const blocks = DOCS.flatMap(codeBlocks);
const transcripts = blocks.filter((block) => block.lines.some((line) => line.startsWith('$ gongwen-lint')));

describe('transcripts in README and docs', () => {
  it('there are some', () => {
    expect(transcripts.length).toBeGreaterThanOrEqual(2);
  });

  for (const block of transcripts) {
    it(`${block.file}:${block.line} prints what it shows`, async () => {
      const runs: Array<{ command: string; output: string[] }> = [];
      for (const line of block.lines) {
        if (line.startsWith('$ ')) runs.push({ command: line.slice(2), output: [] });
        else runs.at(-1)?.output.push(line);
      }
      for (const { command, output } of runs) {
        const { stdout } = await runCli(invocation(`$ ${command}`)!, { cwd: REPO });
        const trimmed = (text: string) => text.replace(/\s+$/, '').split('\n').map((l) => l.trimEnd());
        expect(trimmed(stdout), command).toEqual(trimmed(output.join('\n')));
      }
    });
  }
});

/** How to make the file each message in the docs is about, by its name there. */
const FILES: Record<string, (file: string) => void> = {
  '图片.txt': (file) => writeFileSync(file, Buffer.from('89504e470d0a1a0a0000000d494844520000', 'hex')),
  '损坏.docx': (file) => writeFileSync(file, 'PK not a zip'),
  '旧稿.txt': (file) => writeFileSync(file, Buffer.concat([Buffer.from('abc'), Buffer.from([0xff, 0xff]), Buffer.from(' def\n')])),
  '草稿.txt': (file) => writeFileSync(file, Buffer.concat([Buffer.from('各单位围绕围绕中'), Buffer.from([0xa0]), Buffer.from('心工作，切实抓好落实。\n')])),
  'pipe.txt': (file) => execFileSync('mkfifo', [file]),
  'a.txt': (file) => symlinkSync('a.txt', file),
};
const fileMessages = blocks.flatMap((block) => block.lines.flatMap((line) => {
  const name = /^gongwen-lint: ([^:]+): /.exec(line)?.[1];
  return name ? [{ block, line, name }] : [];
}));

describe('messages about files in README and docs', () => {
  for (const { block, line, name } of fileMessages) {
    it(`${block.file}:${block.line} ${name}`, async () => {
      expect(FILES[name], `no recipe for ${name} in test/docs-examples.test.ts`).toBeDefined();
      const dir = tempDir();
      FILES[name](path.join(dir, name));
      expect((await runCli([name], { cwd: dir })).stderr).toBe(`${line}\n`);
    });
  }
});

describe('commands in README and docs', () => {
  it('every gongwen-lint command parses', () => {
    const bad: string[] = [];
    for (const block of blocks) {
      for (const line of block.lines) {
        const args = invocation(line);
        if (!args) continue;
        try {
          parseCliArgs(args);
        } catch (error) {
          bad.push(`${block.file}:${block.line}: ${line.trim()} — ${(error as Error).message}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });
});

describe('rule tables in docs', () => {
  it('name the preset that turns each rule on', () => {
    const levelIn = (preset: string, id: string): string | undefined => {
      const config = readPreset(preset);
      const own = config?.rules?.[id];
      if (own !== undefined) return [own].flat()[0] as string;
      return [config?.extends ?? []].flat().map((parent) => levelIn(parent, id)).find(Boolean);
    };
    const wrong: string[] = [];
    for (const file of DOCS) {
      for (const row of readFileSync(path.join(REPO, file), 'utf8').split('\n')) {
        const cells = row.split('|').map((cell) => cell.trim());
        const id = /^`?([a-z-]+)`?$/.exec(cells[1] ?? '')?.[1];
        const claim = cells.map((cell) => /^(recommended|strict)(（(warn|error|info)）)?$/.exec(cell)).find(Boolean);
        if (!id || !claim) continue;
        const inRecommended = levelIn('recommended', id);
        const actual = inRecommended && inRecommended !== 'off' ? 'recommended' : 'strict';
        const level = levelIn(actual, id);
        if (claim[1] !== actual || (claim[3] && claim[3] !== level)) wrong.push(`${file}: ${id} is ${actual} (${level}), not ${claim[0]}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
