import type { Fix, LintMessage } from '../types.js';

/**
 * Applies non-overlapping fixes in one pass, as ESLint's source-code-fixer does: fixes are
 * taken in order of position and one that overlaps or touches an earlier one waits for the
 * next pass.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): { output: string; applied: number; taken: Fix[] } {
  const ordered = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let output = '';
  let last = -1;
  let cursor = 0;
  const taken: Fix[] = [];
  for (const fix of ordered) {
    const [start, end] = fix.range;
    if (start <= last || start < cursor || end > text.length) continue;
    output += text.slice(cursor, start) + fix.text;
    cursor = end;
    last = end;
    taken.push(fix);
  }
  return { output: output + text.slice(cursor), applied: taken.length, taken };
}

export const MAX_FIX_PASSES = 10;

/** A fix the user was shown in the first lint, in the coordinates of the original text. */
interface ShownFix {
  ruleId: string;
  range: readonly [number, number];
  text: string;
}

/**
 * Lints, applies the fixes it may, and lints again while fixes that waited (they overlapped or
 * touched another) can still be applied, at most MAX_FIX_PASSES passes.
 *
 * Only fixes of problems reported by the first lint are ever applied: a later pass applies one
 * only when the re-lint reports it again, from the same rule, at the same original characters,
 * with the same replacement. A problem that appears only because of another fix (removing the
 * space of 「市长 市长助理」 makes a repeated word) is left for the user to see, never applied
 * silently: the characters --fix changes are exactly those of problems the user was shown.
 */
export async function fixUntilStable(
  text: string,
  lint: (text: string) => Promise<readonly LintMessage[]>,
  accept: (message: LintMessage) => boolean = () => true,
): Promise<{ output: string; passes: number }> {
  let output = text;
  let waiting: ShownFix[] = [];
  /** Fixes applied so far, in original coordinates, in order of position. */
  const applied: ShownFix[] = [];
  for (let pass = 1; pass <= MAX_FIX_PASSES; pass++) {
    const messages = (await lint(output)).filter((m) => m.fix && (pass > 1 || accept(m)));
    const candidates = new Map<Fix, ShownFix>();
    if (pass === 1) {
      for (const m of messages) candidates.set(m.fix!, { ruleId: m.ruleId, range: m.fix!.range, text: m.fix!.text });
    } else {
      const byPlace = new Map<string, ShownFix>();
      for (const shown of waiting) {
        const current = toCurrent(shown.range, applied);
        if (current) byPlace.set(placeKey(shown.ruleId, current, shown.text), shown);
      }
      for (const m of messages) {
        const shown = byPlace.get(placeKey(m.ruleId, m.fix!.range, m.fix!.text));
        if (shown) candidates.set(m.fix!, shown);
      }
    }
    const { output: next, taken } = applyFixes(output, [...candidates.keys()]);
    if (pass === 1) waiting = [...candidates.values()];
    const done = new Set(taken.map((fix) => candidates.get(fix)!));
    waiting = waiting.filter((shown) => !done.has(shown));
    if (taken.length === 0 || next === output) return { output, passes: pass - 1 };
    for (const shown of done) applied.push(shown);
    applied.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
    output = next;
    if (waiting.length === 0) return { output, passes: pass };
  }
  return { output, passes: MAX_FIX_PASSES };
}

const placeKey = (ruleId: string, [start, end]: readonly [number, number], text: string) => `${ruleId}\0${start}\0${end}\0${text}`;

/**
 * Where a range of the original text is now, after the applied fixes; undefined when it
 * overlaps or touches one of them (its text is no longer what the user was shown).
 */
function toCurrent([start, end]: readonly [number, number], applied: readonly ShownFix[]): [number, number] | undefined {
  let shift = 0;
  for (const fix of applied) {
    const [a, b] = fix.range;
    const before = b < start || (b === start && a < b) || (a === b && a === start && start < end);
    const after = a > end || (a === end && a < b) || (a === b && a === end && start < end);
    if (before) shift += fix.text.length - (b - a);
    else if (!after) return undefined;
  }
  return [start + shift, end + shift];
}
