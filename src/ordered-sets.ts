/** A formulation whose items have a canonical order (“四个自信”: 道路自信、理论自信、制度自信、文化自信). */
export interface OrderedSet {
  name: string;
  items: readonly string[];
}

export interface MisorderedList<S extends OrderedSet> {
  set: S;
  start: number;
  end: number;
  /** The list rewritten in canonical order, separators kept in place. */
  reordered: string;
}

/** What may join the items of a list: 顿号, commas, 和/与/及/以及. */
const SEPARATOR = '(?:、|，|,|以及|和|与|及)';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Finds lists that name exactly the items of one set (each once, nothing else in between)
 * in another order. Lists are maximal runs of known items joined by separators, so a list
 * of three of the four 自信 is not taken for the 三个自信 in disorder unless it is complete.
 */
export function orderedSetFinder<S extends OrderedSet>(sets: readonly S[]): (text: string) => Array<MisorderedList<S>> {
  const items = [...new Set(sets.flatMap((set) => set.items))].sort((a, b) => b.length - a.length);
  if (items.length === 0) return () => [];
  const item = `(?:${items.map(escape).join('|')})`;
  const list = new RegExp(`${item}(?:${SEPARATOR}${item})+`, 'g');
  const itemPattern = new RegExp(item, 'g');
  return (text) => {
    const found: Array<MisorderedList<S>> = [];
    for (const match of text.matchAll(list)) {
      const parts = [...match[0].matchAll(itemPattern)];
      const written = parts.map((part) => part[0]);
      const set = sets.find((s) => s.items.length === written.length && s.items.every((i) => written.includes(i)));
      if (!set || written.every((word, k) => word === set.items[k])) continue;
      let reordered = '';
      let position = 0;
      parts.forEach((part, k) => {
        reordered += match[0].slice(position, part.index) + set.items[k];
        position = part.index! + part[0].length;
      });
      found.push({ set, start: match.index!, end: match.index! + match[0].length, reordered });
    }
    return found;
  };
}
