/**
 * A bounded fuzz test: hostile Unicode (lone surrogates, joiners, combining marks, bidi controls,
 * the characters the engine itself uses as masks, Markdown markup) through lint and --fix. Nothing
 * crashes, every range lies inside the text, and --fix changes only reported ranges — or, given
 * bytes that are not valid text, writes nothing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixText, lintText } from '../../src/api.js';
import { decode } from '../../src/io/decode.js';
import type { Fix } from '../../src/types.js';
import { tempDir } from '../helpers/cli.js';
import { onlyShownFixesApplied } from './only-shown-fixes.js';
import { run } from './run-cli.js';

const HOSTILE = [
  '\ud800', '\udfff', '\u200d', '\u200b', '\u200c', '\u2060', '\ufeff', '\u0301', '\u20dd', '\u202e', '\u202d', '\u2066', '\u200f',
  '\ufe0f', '\ufffc', '\ufffd', '\u2028', '\u2029', '\r', '\n', '\r\n', '\t', '\u00a0', '\u3000', '\u0000', '\u001b',
  '👨‍👩‍👧', '👍🏽', '🇨🇳', '1️⃣', '𠮷', '〇', '々', 'ｱ', 'Å', 'ﬁ',
  '围绕', '围绕围绕', '市长 市长', '中国', '。', '，', ',', '“', '”', '、', '——', '……', '（', '）', '《', '》', ' ',
  '**', '*', '_', '`', '[', '](https://x.cn)', '<!-- gongwen-lint-disable -->', '<b>', '\\', '&amp;', '&#x1F600;', '# ', '> ', '- ', '1. ', '|', '---\n',
];
const hostileText = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'binary', maxLength: 2 }), fc.string({ unit: 'grapheme', maxLength: 2 })), { maxLength: 30 })
  .map((parts) => parts.join(''));
const CONFIG = { extends: ['strict'] };

describe('hostile Unicode', () => {
  it('lint and fixText: ranges inside the text, only reported ranges changed', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, fc.constantFrom('a.txt', 'a.md'), async (text, filePath) => {
        const { messages } = await lintText(text, { filePath, config: CONFIG });
        const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
        for (const m of messages) {
          for (const [start, end] of [m.range, ...(m.fix ? [m.fix.range] : []), ...(m.suggestions ?? []).map((s) => s.fix.range)]) {
            expect(0 <= start && start <= end && end <= source.length).toBe(true);
          }
        }
        const fixes = messages.flatMap((m) => (m.fix ? [m.fix] : []));
        const { output } = await fixText(source, { filePath, config: CONFIG });
        expect(onlyShownFixesApplied(source, output, fixes)).toBe(true);
      }),
      { numRuns: 150, seed: 20241207 },
    );
  }, 120_000);

  it('--fix on hostile bytes: the file is either written with only reported fixes or left alone', async () => {
    const dir = tempDir({ '.gongwenrc.yaml': 'extends: strict\n' });
    const bytes = fc.tuple(hostileText, fc.uint8Array({ maxLength: 3 }), fc.nat()).map(([text, junk, at]) => {
      const encoded = Buffer.from(text);
      const cut = encoded.length ? at % encoded.length : 0;
      return Buffer.concat([encoded.subarray(0, cut), junk, encoded.subarray(cut)]);
    });
    await fc.assert(
      fc.asyncProperty(bytes, fc.constantFrom('a.txt', 'a.md'), async (input, name) => {
        const file = path.join(dir, name);
        writeFileSync(file, input);
        const linted = await run(['--format', 'json', name], { cwd: dir });
        expect(linted.stderr).not.toContain('内部错误');
        const fixedRun = await run(['--fix', name], { cwd: dir });
        expect(fixedRun.stderr).not.toContain('内部错误');
        const written = readFileSync(file);
        if (written.equals(input)) return;
        // Written back: the input was text, and only its reported fixes were applied.
        const [result] = JSON.parse(linted.stdout) as Array<{ source: string; messages: Array<{ fix?: Fix }> }>;
        const fixes = result.messages.flatMap((m) => (m.fix ? [m.fix] : []));
        const before = decode(input);
        expect(before.damaged).toBeUndefined();
        const after = decode(written, name, before.encoding);
        expect(after.bom).toBe(before.bom);
        expect(onlyShownFixesApplied(before.text, after.text, fixes)).toBe(true);
      }),
      { numRuns: 40, seed: 20241207 },
    );
  }, 180_000);
});
