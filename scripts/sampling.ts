/** Seeded sampling for the evaluation scripts, so that every run injects the same errors. */

/** mulberry32: a small seeded generator. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` items drawn without replacement (a seeded Fisher–Yates shuffle). */
export function sample<T>(items: readonly T[], count: number, next: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const k = Math.floor(next() * (i + 1));
    [copy[i], copy[k]] = [copy[k], copy[i]];
  }
  return copy.slice(0, count);
}
