import { pinyin } from 'pinyin-pro';

const readingsCache = new Map<string, readonly string[]>();

/** All toneless readings of one character (行: xing, hang, heng). */
export function readings(char: string): readonly string[] {
  let result = readingsCache.get(char);
  if (!result) {
    result = pinyin(char, { toneType: 'none', multiple: true, type: 'array', v: true });
    readingsCache.set(char, result);
  }
  return result;
}

const INITIAL = /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(.*)$/;
/** Initials often confused in speech and input (z/zh, n/l …). */
const CONFUSED_INITIALS = [['z', 'zh'], ['c', 'ch'], ['s', 'sh'], ['n', 'l'], ['f', 'h']];

function split(syllable: string): [string, string] {
  const [, initial = '', final = ''] = INITIAL.exec(syllable)!;
  return [initial, final];
}

/** Finals one trailing letter apart (a/ai, an/ang, en/eng, in/ing …). */
function nearFinals(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.length === short.length + 1 && long.startsWith(short) && short.length > 0;
}

/** Same syllable, or one confusable initial or final apart (tones ignored). */
export function nearSyllables(a: string, b: string): boolean {
  if (a === b) return true;
  const [ia, fa] = split(a);
  const [ib, fb] = split(b);
  if (ia === ib) return nearFinals(fa, fb);
  return fa === fb && CONFUSED_INITIALS.some(([x, y]) => (ia === x && ib === y) || (ia === y && ib === x));
}

/** Same or near pinyin (tones ignored): 体/题, 达/代, 应/英, 年/连. */
export function soundsAlike(a: string, b: string): boolean {
  return readings(a).some((x) => readings(b).some((y) => nearSyllables(x, y)));
}
