/**
 * The fix-safety property on real text: corpus excerpts with injected errors, in every encoding,
 * BOM and line-ending variant and as plain text and Markdown, go through the CLI's --fix. The
 * bytes written back decode in the file's own encoding (same BOM) to the original text with only
 * fixes of the problems the first lint reported applied.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { Fix } from '../../src/types.js';
import { tempDir } from '../helpers/cli.js';
import { SHARED, describeWithShared } from '../helpers/paths.js';
import { onlyShownFixesApplied } from './only-shown-fixes.js';
import { run } from './run-cli.js';

const CORPUS = path.join(SHARED, 'corpus');

const ENCODINGS: Array<{ name: string; encode: (text: string) => Buffer; decode: (bytes: Buffer) => string }> = [
  { name: 'utf8', encode: (t) => Buffer.from(t), decode: (b) => b.toString('utf8') },
  { name: 'utf8bom', encode: (t) => Buffer.from(`\ufeff${t}`), decode: (b) => bomless(b, 3, 'utf8') },
  { name: 'utf16le', encode: (t) => iconv.encode(t, 'utf-16le', { addBOM: true }), decode: (b) => bomless(b, 2, 'utf-16le') },
  { name: 'utf16be', encode: (t) => iconv.encode(t, 'utf-16be', { addBOM: true }), decode: (b) => bomless(b, 2, 'utf-16be') },
  { name: 'gb18030', encode: (t) => iconv.encode(t, 'gb18030'), decode: (b) => iconv.decode(b, 'gb18030') },
];
function bomless(bytes: Buffer, bomLength: number, encoding: string): string {
  return iconv.decode(bytes.subarray(bomLength), encoding, { stripBOM: false });
}

/** A small seeded generator, so that a failure can be reproduced. */
function random(seed: number): () => number {
  return () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
}

/**
 * Errors as they occur in drafts: a doubled word, half-width punctuation, stray spaces, a doubled
 * mark, and a word typed twice with a space between (removing the space reveals a repetition
 * nobody was shown: --fix must not delete it).
 */
function injectErrors(text: string, next: () => number, count: number): string {
  let result = text;
  for (let i = 0; i < count; i++) {
    const at = Math.floor(next() * (result.length - 2));
    const pair = result.slice(at, at + 2);
    const han = /^[\u4e00-\u9fff]{2}$/.test(pair);
    switch (Math.floor(next() * 7)) {
      case 0: if (han) result = result.slice(0, at) + pair + result.slice(at); break;
      case 1: result = result.replace(/，/, ','); break;
      case 2: if (han) result = `${result.slice(0, at + 1)} ${result.slice(at + 1)}`; break;
      case 3: if (han) result = `${result.slice(0, at + 1)}\u00a0${result.slice(at + 1)}`; break;
      case 4: result = result.replace(/。(?!。)/, '。。'); break;
      case 5: if (han) result = `${result.slice(0, at + 2)} ${result.slice(at)}`; break;
      default: if (han) result = `${result.slice(0, at + 1)}\u200b${result.slice(at + 1)}`;
    }
  }
  return result;
}

interface JsonResult { filePath: string; messages: Array<{ fix?: Fix }> }

describe('the fix-safety check', () => {
  it('the check itself: a word deleted by a fix nobody was shown fails it', () => {
    const space: Fix = { range: [5, 6], text: '' };
    expect(onlyShownFixesApplied('会议由市长 市长助理主持。', '会议由市长市长助理主持。', [space])).toBe(true);
    expect(onlyShownFixesApplied('会议由市长 市长助理主持。', '会议由市长助理主持。', [space])).toBe(false);
  });
});

describeWithShared('corpus', 'fix safety on the corpus in every encoding', () => {
  it('writes back only fixes of reported problems, in the file\'s own encoding and BOM', async () => {
    const next = random(20241207);
    const names = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort().filter((_, i) => i % 9 === 0);
    const files: Record<string, Buffer> = {};
    const originals = new Map<string, { text: string; decode: (bytes: Buffer) => string; bytes: Buffer }>();
    for (const name of names) {
      const excerpt = readFileSync(path.join(CORPUS, name), 'utf8').slice(0, 1200);
      const injected = injectErrors(excerpt, next, 12);
      for (const { name: encodingName, encode, decode } of ENCODINGS) {
        for (const [eolName, text] of [['lf', injected], ['crlf', injected.replace(/\n/g, '\r\n')]]) {
          for (const extension of ['txt', 'md']) {
            const file = `${path.basename(name, '.txt')}-${encodingName}-${eolName}.${extension}`;
            const bytes = encode(text);
            files[file] = bytes;
            originals.set(file, { text, decode, bytes });
          }
        }
      }
    }
    // likely-typo only suggests (it never fixes) and would take most of the time scoring the same
    // excerpt in each of its 20 variants; every rule that fixes is on.
    const dir = tempDir({ ...files, '.gongwenrc.yaml': 'extends: strict\nrules:\n  likely-typo: off\n' });
    const shown = JSON.parse((await run(['--format', 'json', '.'], { cwd: dir })).stdout) as JsonResult[];
    expect(shown).toHaveLength(originals.size);
    await run(['--fix', '.'], { cwd: dir });
    let fixes = 0;
    for (const result of shown) {
      const file = path.basename(result.filePath);
      const { text, decode, bytes } = originals.get(file)!;
      const shownFixes = result.messages.flatMap((m) => (m.fix ? [m.fix] : []));
      fixes += shownFixes.length;
      const written = readFileSync(path.join(dir, file));
      expect(written.subarray(0, 3).equals(bytes.subarray(0, 3)) || shownFixes.some((f) => f.range[0] === 0), `${file}: BOM and leading bytes kept`).toBe(true);
      const output = decode(written);
      expect(onlyShownFixesApplied(text, output, shownFixes), `${file}: only reported ranges changed`).toBe(true);
      expect(ENCODINGS.find((e) => e.decode === decode)!.encode(output).equals(written), `${file}: written in its own encoding`).toBe(true);
    }
    expect(fixes).toBeGreaterThan(names.length * 20); // the injected errors were found and fixed
  }, 120_000);
});
