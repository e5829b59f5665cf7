import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { generate } from '../scripts/docs.js';

it('README rules table, CLI options and docs/rules/ are generated from the code (npx tsx scripts/docs.ts)', async () => {
  for (const [file, content] of await generate()) {
    expect(readFileSync(file, 'utf8'), file).toBe(content);
  }
});
