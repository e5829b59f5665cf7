import {
  bigramWords,
  checksum,
  dequantize,
  ID_BITS,
  IDIOM_MASK,
  insertAll,
  PAIR_MIN_FREQUENCY,
  probe,
  trigramBits,
  trigramBitsOf,
  trigramWordsFor,
  FORMAT_VERSION,
  HEADER_BYTES,
  HEADER_FIELDS,
  MAGIC,
  SOURCE_NAMES,
  insert,
  normalizeChar,
  quantize,
  sectionOffsets,
  slotsFor,
  type Header,
  WORD,
} from './format.js';

/** Everything the model is built from, already read from disk. */
export interface ModelSources {
  /** Training text, one paragraph a line. */
  text: string;
  /** n-gram order (4 or 5). */
  order: number;
  /** n-grams of order ≥ 3 seen fewer times are dropped (index: order). */
  minCounts: readonly number[];
  /** Words with a frequency and flags (WORD bits). */
  words: ReadonlyArray<{ word: string; frequency: number; flags: number }>;
  /** Confusable pairs: for a character, its confusables with the SOURCE bit of where each came from. */
  confusions: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Characters to give an id even if the text lacks them (common characters), most useful first. */
  extraChars?: Iterable<string>;
}

const BITS = ID_BITS;
const MAX_VOCAB = (1 << BITS) - 1;
const LOAD = 0.85;

/** Characters by frequency in the text (then the extra ones), at most 4,095: id = index + 1. */
export function buildVocab(text: string, extra: Iterable<string> = []): string[] {
  const counts = new Map<number, number>();
  for (let i = 0; i < text.length; i++) {
    const code = normalizeChar(text.charCodeAt(i));
    if (code === 10 || code === 13 || code === 32 || code === 0x3000) continue;
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const chars = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([code]) => String.fromCharCode(code));
  const seen = new Set(chars);
  for (const char of extra) {
    if (char.length === 1 && !seen.has(char)) {
      seen.add(char);
      chars.push(char);
    }
  }
  return chars.slice(0, MAX_VOCAB);
}

/** Text → ids; line breaks and unknown characters become 0, which no n-gram spans. */
export function encode(text: string, idOf: Map<number, number>): Uint16Array {
  const ids = new Uint16Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 0x3000 || code === 13) continue;
    ids[n++] = idOf.get(normalizeChar(code)) ?? 0;
  }
  return ids.subarray(0, n);
}

/**
 * Sorted distinct n-grams of one order with their counts. An n-gram is packed into 60 bits
 * (12 per character, first character highest), so sorting the keys groups n-grams by prefix.
 */
function countOrder(ids: Uint16Array, n: number): { keys: BigUint64Array; counts: Uint32Array } {
  const all = new BigUint64Array(ids.length);
  const words = new Uint32Array(all.buffer);
  let size = 0;
  let run = 0;
  for (let i = 0; i < ids.length; i++) {
    run = ids[i] === 0 ? 0 : run + 1;
    if (run < n) continue;
    let hi = 0;
    let lo = 0;
    for (let k = i - n + 1; k <= i; k++) {
      hi = ((hi << BITS) | (lo >>> (32 - BITS))) >>> 0;
      lo = ((lo << BITS) | ids[k]) >>> 0;
    }
    words[2 * size] = lo;
    words[2 * size + 1] = hi;
    size++;
  }
  const sorted = all.subarray(0, size).sort();
  const keys = new BigUint64Array(size);
  const counts = new Uint32Array(size);
  let distinct = -1;
  for (let i = 0; i < size; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) keys[++distinct] = sorted[i];
    counts[distinct]++;
  }
  return { keys: keys.slice(0, distinct + 1), counts: counts.slice(0, distinct + 1) };
}

/**
 * For each key of `target` (sorted), the sum of `weights` (default 1) over the `groupKeys` equal
 * to it; unweighted group keys are sorted here, weighted ones must come sorted.
 */
function sumInto(target: BigUint64Array, groupKeys: BigUint64Array, weights?: ArrayLike<number>): Uint32Array {
  if (!weights) groupKeys.sort();
  const result = new Uint32Array(target.length);
  let t = 0;
  for (let i = 0; i < groupKeys.length; i++) {
    const key = groupKeys[i];
    while (t < target.length && target[t] < key) t++;
    if (t < target.length && target[t] === key) result[t] += weights ? weights[i] : 1;
  }
  return result;
}

/** Unpacks a 60-bit key of order n into ids. */
function unpack(key: bigint, n: number, out: Uint16Array): void {
  for (let k = n - 1; k >= 0; k--) {
    out[k] = Number(key & 0xfffn);
    key >>= 12n;
  }
}

/** Builds the model file's bytes. Same sources → same bytes. */
export function buildModel(sources: ModelSources): Buffer {
  const vocab = buildVocab(sources.text, sources.extraChars);
  const idOf = new Map(vocab.map((char, i) => [char.charCodeAt(0), i + 1]));
  const ids = encode(sources.text, idOf);

  // Orders from the highest down: each order's statistics read the distinct n-grams one above.
  const kept: Array<{ n: number; keys: BigUint64Array; values: Uint32Array }> = [];
  let above: { keys: BigUint64Array; continuations: Uint32Array } | undefined;
  let total = 0;
  let bigramTypes = 0;
  for (let n = sources.order; n >= 1; n--) {
    const { keys, counts } = countOrder(ids, n);
    const mask = (1n << BigInt(BITS * n)) - 1n;
    // followers: distinct characters after it; continuations: distinct characters before it;
    // middles: distinct (before, after) pairs around it, the denominator of lower orders.
    const followers = above ? sumInto(keys, above.keys.map((key) => key >> BigInt(BITS))) : new Uint32Array(keys.length);
    const continuations = above ? sumInto(keys, above.keys.map((key) => key & mask)) : new Uint32Array(keys.length);
    const middles = above ? sumInto(keys, above.keys.map((key) => key >> BigInt(BITS)), above.continuations) : new Uint32Array(keys.length);
    if (n === 1) total = counts.reduce((sum, c) => sum + c, 0);
    if (n === 2) bigramTypes = keys.length;
    const min = sources.minCounts[n] ?? 1;
    const keep: number[] = [];
    for (let i = 0; i < keys.length; i++) if (counts[i] >= min) keep.push(i);
    const values = new Uint32Array(keep.length);
    keep.forEach((i, j) => {
      values[j] = quantize(counts[i]) | (quantize(followers[i]) << 8) | (quantize(continuations[i]) << 16) | (quantize(middles[i]) << 24);
    });
    if (process.env.LM_DEBUG) console.error(`order ${n}: ${keys.length} distinct, ≥2 ${counts.filter((c) => c >= 2).length}, ≥3 ${counts.filter((c) => c >= 3).length}, ≥5 ${counts.filter((c) => c >= 5).length}`);
    kept.push({ n, keys: BigUint64Array.from(keep, (i) => keys[i]), values });
    above = { keys, continuations };
  }

  const gramCount = kept.reduce((sum, k) => sum + k.keys.length, 0);
  const wordIds = sources.words.map(({ word }) => Uint16Array.from(word, (char) => idOf.get(normalizeChar(char.charCodeAt(0))) ?? 0));
  const header: Header = {
    order: sources.order,
    vocabSize: vocab.length,
    gramSlots: slotsFor(gramCount, LOAD),
    wordSlots: slotsFor(sources.words.length, LOAD),
    confCount: 0,
    total,
    bigramTypes: 0,
    priors: SOURCE_NAMES.map(() => 0),
    pairCount: 0,
    idiomSlots: 0,
    trigramWords: trigramWordsFor(kept.find((k) => k.n === 3)?.keys.length ?? 0),
  };
  // The word table first: the pair and idiom indexes hold what its lookups find.
  const wordKeys = new Uint32Array(header.wordSlots);
  const wordValues = new Uint32Array(header.wordSlots);
  sources.words.forEach(({ frequency, flags }, i) => {
    insert(wordKeys, wordValues, wordIds[i], 0, wordIds[i].length, quantize(frequency) | (flags << 8));
  });
  const { pairStarts, pairSeconds } = pairIndex(wordKeys, wordValues, wordIds, vocab.length);
  header.pairCount = pairSeconds.length;
  const idioms = idiomIndex(wordKeys, wordValues, wordIds);
  header.idiomSlots = idioms.keys.length;
  const confStarts = new Uint32Array(vocab.length + 2);
  const confPairs: Array<[number, number]> = [];
  vocab.forEach((char, i) => {
    confStarts[i + 1] = confPairs.length;
    const set = sources.confusions.get(char);
    if (!set) return;
    for (const [other, bits] of [...set].sort((a, b) => a[0].charCodeAt(0) - b[0].charCodeAt(0))) {
      const id = idOf.get(other.charCodeAt(0));
      if (id && id !== i + 1) confPairs.push([id, bits]);
    }
  });
  confStarts[vocab.length + 1] = confPairs.length;
  header.confCount = confPairs.length;

  const offsets = sectionOffsets(header);
  const buffer = Buffer.alloc(offsets.end);
  const view = (Type: typeof Uint32Array | typeof Uint16Array | typeof Uint8Array, offset: number, length: number) =>
    new Type(buffer.buffer, buffer.byteOffset + offset, length);
  const vocabArray = view(Uint16Array, offsets.vocab, vocab.length);
  vocab.forEach((char, i) => (vocabArray[i] = char.charCodeAt(0)));
  const gramKeys = view(Uint16Array, offsets.gramKeys, header.gramSlots) as Uint16Array;
  const gramValues = view(Uint32Array, offsets.gramValues, header.gramSlots) as Uint32Array;
  const gram = new Uint16Array(sources.order);
  for (const { n, keys, values } of kept) {
    for (let i = 0; i < keys.length; i++) {
      unpack(keys[i], n, gram);
      insert(gramKeys, gramValues, gram, 0, n, values[i]);
    }
  }
  view(Uint32Array, offsets.wordKeys, header.wordSlots).set(wordKeys);
  view(Uint32Array, offsets.wordValues, header.wordSlots).set(wordValues);
  view(Uint32Array, offsets.confStarts, vocab.length + 2).set(confStarts);
  const confIds = view(Uint16Array, offsets.confIds, confPairs.length);
  const confSources = view(Uint8Array, offsets.confSources, confPairs.length);
  confPairs.forEach(([id, bits], i) => {
    confIds[i] = id;
    confSources[i] = bits;
  });

  const bigramBits = view(Uint32Array, offsets.bigramBits, bigramWords(vocab.length));
  for (const key of kept.find((k) => k.n === 2)?.keys ?? []) {
    const bit = Number(key);
    bigramBits[bit >>> 5] |= 1 << (bit & 31);
  }
  view(Uint32Array, offsets.pairStarts, vocab.length + 2).set(pairStarts);
  view(Uint16Array, offsets.pairSeconds, pairSeconds.length).set(pairSeconds);
  view(Uint32Array, offsets.idiomKeys, header.idiomSlots).set(idioms.keys);
  view(Uint16Array, offsets.idiomFills, header.idiomSlots).set(idioms.fills);
  const trigramBloom = view(Uint32Array, offsets.trigramBloom, header.trigramWords);
  for (const key of kept.find((k) => k.n === 3)?.keys ?? []) {
    trigramBitsOf(Number(key >> BigInt(2 * BITS)), Number((key >> BigInt(BITS)) & 0xfffn), Number(key & 0xfffn), header.trigramWords);
    trigramBloom[trigramBits.first >>> 5] |= 1 << (trigramBits.first & 31);
    trigramBloom[trigramBits.second >>> 5] |= 1 << (trigramBits.second & 31);
  }

  header.bigramTypes = bigramTypes;
  writeHeader(buffer, header);
  return buffer;
}

/** The word table's value for a word (as the detector's lookups find it), or -1. */
const lookUp = (wordKeys: Uint32Array, wordValues: Uint32Array, ids: Uint16Array) =>
  ids.includes(0) ? -1 : probe(wordKeys, wordValues, ids, 0, ids.length);

/** By first character id, the second characters of the dictionary's two-character words of frequency ≥ PAIR_MIN_FREQUENCY. */
function pairIndex(wordKeys: Uint32Array, wordValues: Uint32Array, wordIds: readonly Uint16Array[], vocabSize: number) {
  const pairs = new Set<number>();
  for (const ids of wordIds) {
    if (ids.length !== 2) continue;
    const value = lookUp(wordKeys, wordValues, ids);
    if (value >= 0 && (value >>> 8) & WORD.dictionary && dequantize(value & 255) >= PAIR_MIN_FREQUENCY) pairs.add((ids[0] << BITS) | ids[1]);
  }
  const sorted = [...pairs].sort((a, b) => a - b);
  const pairStarts = new Uint32Array(vocabSize + 2);
  for (const pair of sorted) pairStarts[(pair >>> BITS) + 1]++;
  for (let id = 1; id < pairStarts.length; id++) pairStarts[id] += pairStarts[id - 1];
  return { pairStarts, pairSeconds: Uint16Array.from(sorted, (pair) => pair & ((1 << BITS) - 1)) };
}

/**
 * Each four-character idiom four times, one character masked (IDIOM_MASK), with that character
 * as value. Characters outside the vocabulary are 0, as in the word table; an idiom with three or
 * more of them would match any run of such characters (traditional text), so it is left out.
 */
function idiomIndex(wordKeys: Uint32Array, wordValues: Uint32Array, wordIds: readonly Uint16Array[]) {
  const idioms = new Map<string, Uint16Array>();
  for (const ids of wordIds) {
    if (ids.length !== 4 || ids.filter((id) => id === 0).length > 2) continue;
    const value = probe(wordKeys, wordValues, ids, 0, 4);
    if (value >= 0 && (value >>> 8) & WORD.idiom) idioms.set(ids.join(','), ids);
  }
  const keys = new Uint32Array(slotsFor(4 * idioms.size, LOAD));
  const fills = new Uint16Array(keys.length);
  for (const ids of idioms.values()) {
    for (let masked = 0; masked < 4; masked++) {
      if (ids[masked] === 0) continue;
      const skeleton = ids.slice();
      skeleton[masked] = IDIOM_MASK;
      insertAll(keys, fills, skeleton, 0, 4, ids[masked]);
    }
  }
  return { keys, fills };
}

/** Writes the header fields and the checksum of the body. */
export function writeHeader(buffer: Buffer, header: Header): void {
  buffer.writeUInt32LE(MAGIC, HEADER_FIELDS.magic);
  buffer.writeUInt32LE(FORMAT_VERSION, HEADER_FIELDS.version);
  buffer.writeUInt32LE(header.order, HEADER_FIELDS.order);
  buffer.writeUInt32LE(header.vocabSize, HEADER_FIELDS.vocabSize);
  buffer.writeUInt32LE(header.gramSlots, HEADER_FIELDS.gramSlots);
  buffer.writeUInt32LE(header.wordSlots, HEADER_FIELDS.wordSlots);
  buffer.writeUInt32LE(header.confCount, HEADER_FIELDS.confCount);
  buffer.writeUInt32LE(header.pairCount, HEADER_FIELDS.pairCount);
  buffer.writeUInt32LE(header.idiomSlots, HEADER_FIELDS.idiomSlots);
  buffer.writeUInt32LE(header.trigramWords, HEADER_FIELDS.trigramWords);
  buffer.writeDoubleLE(header.total, HEADER_FIELDS.total);
  setPriors(buffer, header.priors);
  buffer.writeUInt32LE(header.bigramTypes, HEADER_FIELDS.bigramTypes);
  buffer.writeUInt32LE(checksum(buffer.subarray(HEADER_BYTES)), HEADER_FIELDS.checksum);
}

/** Sets the priors of a built model (they lie in the header, outside the checksum). */
export function setPriors(buffer: Buffer, priors: readonly number[]): void {
  priors.forEach((prior, i) => buffer.writeFloatLE(prior, HEADER_FIELDS.priors + 4 * i));
}
