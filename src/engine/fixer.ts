import type { Fix, LintMessage } from '../types.js';

/**
 * Applies non-overlapping fixes in one pass, as ESLint's source-code-fixer does: fixes are
 * taken in order of position and one that overlaps or touches an earlier one waits for the
 * next pass.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): { output: string; applied: number } {
  const ordered = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let output = '';
  let last = -1;
  let cursor = 0;
  let applied = 0;
  for (const fix of ordered) {
    const [start, end] = fix.range;
    if (start <= last || start < cursor || end > text.length) continue;
    output += text.slice(cursor, start) + fix.text;
    cursor = end;
    last = end;
    applied++;
  }
  return { output: output + text.slice(cursor), applied };
}

export const MAX_FIX_PASSES = 10;

/**
 * Lints, applies the fixes it may, and lints again until nothing changes (at most
 * MAX_FIX_PASSES passes). A text seen before means two fixes undo each other: stop there.
 */
export async function fixUntilStable(
  text: string,
  lint: (text: string) => Promise<readonly LintMessage[]>,
  accept: (message: LintMessage) => boolean = () => true,
): Promise<{ output: string; passes: number; circular: boolean }> {
  const seen = new Set([text]);
  let output = text;
  for (let pass = 1; pass <= MAX_FIX_PASSES; pass++) {
    const fixes = (await lint(output)).filter((m) => m.fix && accept(m)).map((m) => m.fix!);
    if (fixes.length === 0) return { output, passes: pass - 1, circular: false };
    const next = applyFixes(output, fixes).output;
    if (next === output) return { output, passes: pass, circular: false };
    if (seen.has(next)) return { output, passes: pass, circular: true };
    seen.add(next);
    output = next;
  }
  return { output, passes: MAX_FIX_PASSES, circular: false };
}
