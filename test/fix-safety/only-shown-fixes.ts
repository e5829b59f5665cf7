import type { Fix } from '../../src/types.js';

/**
 * True when `output` is `text` with some of `fixes` applied (non-overlapping ones, each at its
 * place): every character outside the ranges of the fixes shown is unchanged and in place, and
 * inside them stands either the original or a shown fix's text.
 */
export function onlyShownFixesApplied(text: string, output: string, fixes: readonly Fix[]): boolean {
  const ordered = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  // Groups of fixes that overlap or touch: within one, any non-overlapping subset may have been applied.
  const groups: Fix[][] = [];
  let end = -1;
  for (const fix of ordered) {
    if (groups.length && fix.range[0] <= end) groups[groups.length - 1].push(fix);
    else groups.push([fix]);
    end = Math.max(end, fix.range[1]);
  }
  const candidates = groups.map((group) => {
    const start = group[0].range[0];
    const stop = Math.max(...group.map((f) => f.range[1]));
    const results = new Set<string>();
    const subsets = group.length > 10 ? [0, (1 << group.length) - 1] : Array.from({ length: 1 << group.length }, (_, i) => i);
    for (const mask of subsets) {
      let cursor = start;
      let piece = '';
      let ok = true;
      group.forEach((fix, i) => {
        if (!ok || !(mask & (1 << i))) return;
        if (fix.range[0] < cursor) ok = false;
        else {
          piece += text.slice(cursor, fix.range[0]) + fix.text;
          cursor = fix.range[1];
        }
      });
      if (ok) results.add(piece + text.slice(cursor, stop));
    }
    return { start, stop, results: [...results] };
  });
  // Depth-first: the text between groups must match exactly; a group may be any of its results.
  const match = (group: number, from: number, at: number): boolean => {
    const next = candidates[group];
    const gap = text.slice(from, next ? next.start : text.length);
    if (!output.startsWith(gap, at)) return false;
    if (!next) return at + gap.length === output.length;
    return next.results.some((result) => output.startsWith(result, at + gap.length) && match(group + 1, next.stop, at + gap.length + result.length));
  };
  return match(0, 0, 0);
}
