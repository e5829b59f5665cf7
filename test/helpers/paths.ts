/**
 * Where tests find things. The seed report ships as fixtures/seed-report.txt (a copy of
 * ../shared/seed/report.txt, checked in test/seed.test.ts); the rest of the project's data
 * (../shared beside the clone, or GONGWEN_SHARED) is not shipped: tests that need it are skipped
 * where it is missing, saying so in their title.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = path.join(REPO, 'bin', 'gongwen-lint.js');
export const SEED = path.join(REPO, 'fixtures', 'seed-report.txt');
export const SHARED = process.env.GONGWEN_SHARED ? path.resolve(process.env.GONGWEN_SHARED) : path.resolve(REPO, '..', 'shared');

/** `describe`, skipped with a note in its title when SHARED/<relative> is missing. */
export function describeWithShared(relative: string, title: string, body: () => void): void {
  const missing = !existsSync(path.join(SHARED, relative));
  describe.skipIf(missing)(missing ? `${title} (skipped: ../shared/${relative} is missing)` : title, body);
}
