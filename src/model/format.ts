import { crc32 } from 'node:zlib';

/**
 * The binary layout of the proofreading model, shared by the build (writer) and the loader.
 *
 * One little-endian file: a 96-byte header, then sections aligned to 8 bytes that the loader
 * maps as typed arrays over the file's bytes (no per-entry parsing):
 *
 *   vocab        Uint16[vocabSize]        the characters; id = index + 1, 0 = unknown
 *   gramKeys     Uint16[gramSlots]        fingerprints of n-grams (0 = empty slot)
 *   gramValues   Uint32[gramSlots]        count | followers << 8 | continuations << 16 | middles << 24
 *   wordKeys     Uint32[wordSlots]        fingerprints of words (jieba's dictionary, names)
 *   wordValues   Uint32[wordSlots]        frequency code | flags << 8
 *   confStarts   Uint32[vocabSize + 2]    per character id, where its confusion set starts
 *   confIds      Uint16[confCount]        confusable character ids
 *   confSources  Uint8[confCount]         bit set of the sources that list the pair
 *   bigramBits   Uint32[(vocabSize + 1) << 7]  bit (a << 12 | b): the bigram a b is in gramKeys
 *   pairStarts   Uint32[vocabSize + 2]    per character id, where its frequent two-character words start
 *   pairSeconds  Uint16[pairCount]        their second characters (sorted)
 *   idiomKeys    Uint32[idiomSlots]       fingerprints of four-character idioms with one character masked (IDIOM_MASK)
 *   idiomFills   Uint16[idiomSlots]       the masked character (one slot per idiom and position)
 *   trigramBloom Uint32[trigramWords]     Bloom filter of the kept trigrams (two bits each, ≥ 8 bits per trigram)
 *
 * The last six are small, cache-resident indexes of the big tables, so that the detector rejects
 * most candidates without a probe of gramKeys or wordKeys (each one a cache miss): an n-gram with
 * an unseen bigram is unseen; a pair of characters is corrected only into a frequent word; an
 * idiom one character away is found with one probe per window, not one per candidate.
 *
 * Counts are quantised to one byte on a log scale (exact up to 64). Both tables are open
 * addressing with linear probing; a slot holds a fingerprint of the id
 * sequence, so a lookup never touches strings: 16 bits for n-grams (with the slot hash, a false
 * hit is about 1 in 20,000 lookups of an unseen n-gram), 32 bits for words, whose false hits
 * would invent words.
 */
export const MAGIC = 0x4d4c5747; // "GWLM"
export const FORMAT_VERSION = 5;
export const HEADER_BYTES = 96;

/** Sources of a confusion pair (bits of confSources); priors are learnt per source. */
export const SOURCE = {
  samePinyinSameTone: 1,
  samePinyinOtherTone: 2,
  sameShape: 4,
  nearPinyin: 8,
  /** Look-alikes from the Unicode Han Database: same four-corner code, Cangjie one letter apart, same phonetic series. */
  fourCorner: 16,
  cangjie: 32,
  phonetic: 64,
} as const;
export const SOURCE_NAMES = Object.keys(SOURCE) as Array<keyof typeof SOURCE>;

/** Bits of a word's flags. */
export const WORD = {
  dictionary: 1,
  idiom: 2,
  place: 4,
  person: 8,
} as const;

export interface Header {
  order: number;
  vocabSize: number;
  gramSlots: number;
  wordSlots: number;
  confCount: number;
  /** Characters counted (the unigram total). */
  total: number;
  /** Distinct bigrams: the denominator of continuation probabilities of single characters. */
  bigramTypes: number;
  /** Log-probability penalty per confusion source, learnt from real errors (SOURCE bit order). */
  priors: number[];
  /** Frequent two-character words in the pair index. */
  pairCount: number;
  /** Slots of the idiom index. */
  idiomSlots: number;
  /** Uint32 words of the trigram Bloom filter (a power of two). */
  trigramWords: number;
}

/** A pair of characters is corrected only into a word at least this frequent (jieba counts): the pair index holds these. */
export const PAIR_MIN_FREQUENCY = 100;
/** Stands for the masked character of an idiom in the idiom index: no character has this id. */
export const IDIOM_MASK = 0xffff;
/** Bits per character id in the bigram bit set's index (ids < 4096). */
export const ID_BITS = 12;

/** Header fields: magic, version, checksum (of every byte after the header), then Header. */
export const HEADER_FIELDS = {
  magic: 0,
  version: 4,
  checksum: 8,
  order: 12,
  vocabSize: 16,
  gramSlots: 20,
  wordSlots: 24,
  confCount: 28,
  total: 32, // float64
  bigramTypes: 40,
  pairCount: 44,
  idiomSlots: 48,
  trigramWords: 52,
  priors: 64, // one float32 per SOURCE bit (up to 8)
} as const;

export const align8 = (n: number) => (n + 7) & ~7;

/** Byte offsets of the sections after the header. */
export function sectionOffsets(h: Pick<Header, 'vocabSize' | 'gramSlots' | 'wordSlots' | 'confCount' | 'pairCount' | 'idiomSlots' | 'trigramWords'>) {
  const vocab = HEADER_BYTES;
  const gramKeys = align8(vocab + 2 * h.vocabSize);
  const gramValues = align8(gramKeys + 2 * h.gramSlots);
  const wordKeys = gramValues + 4 * h.gramSlots;
  const wordValues = wordKeys + 4 * h.wordSlots;
  const confStarts = wordValues + 4 * h.wordSlots;
  const confIds = align8(confStarts + 4 * (h.vocabSize + 2));
  const confSources = confIds + 2 * h.confCount;
  const bigramBits = align8(confSources + h.confCount);
  const pairStarts = bigramBits + 4 * bigramWords(h.vocabSize);
  const pairSeconds = pairStarts + 4 * (h.vocabSize + 2);
  const idiomKeys = align8(pairSeconds + 2 * h.pairCount);
  const idiomFills = idiomKeys + 4 * h.idiomSlots;
  const trigramBloom = align8(idiomFills + 2 * h.idiomSlots);
  const end = trigramBloom + 4 * h.trigramWords;
  return { vocab, gramKeys, gramValues, wordKeys, wordValues, confStarts, confIds, confSources, bigramBits, pairStarts, pairSeconds, idiomKeys, idiomFills, trigramBloom, end };
}

/** Uint32 words of the bigram bit set: a row of 4,096 bits per id 0…vocabSize. */
export const bigramWords = (vocabSize: number) => (vocabSize + 1) << (ID_BITS - 5);

/** Words of a trigram Bloom filter for `trigrams` entries: a power of two, at least 8 bits per entry (about 3–5% false hits). */
export const trigramWordsFor = (trigrams: number) => 2 ** Math.ceil(Math.log2(Math.max(32, 8 * trigrams))) / 32;

/** The trigram a b c's two bits in a Bloom filter of `words` Uint32 words: into `trigramBits`. */
export function trigramBitsOf(a: number, b: number, c: number, words: number): void {
  const h = fmix(Math.imul((a << ID_BITS) | b, 0xcc9e2d51) ^ Math.imul(c ^ 0x68e31da4, 0x1b873593));
  const mask = words * 32 - 1;
  trigramBits.first = (h >>> 0) & mask;
  trigramBits.second = (fmix(h + 0x9e3779b9) >>> 0) & mask;
}
export const trigramBits = { first: 0, second: 0 };

/** Count → one byte: exact to 64, then steps of 10%. */
export function quantize(count: number): number {
  if (count <= 64) return count;
  return Math.min(255, 64 + Math.round(Math.log(count / 64) / Math.log(1.1)));
}

export function dequantize(code: number): number {
  return code <= 64 ? code : 64 * Math.pow(1.1, code - 64);
}

/**
 * Characters are compared by class: all digits are one symbol, all Latin letters another, so
 * that 2023 and 1998 share their statistics.
 */
export function normalizeChar(code: number): number {
  if ((code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19)) return 0x30;
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) {
    return 0x61;
  }
  return code;
}

/** hashIds' result, kept here instead of an array per call: lookups run millions of times per document. */
const hashed = { slot: 0, fingerprint: 0 };

/**
 * The slot and the fingerprint of an id sequence ids[start, end) into `hashed`: two 32-bit
 * multiplicative hashes (murmur3's finaliser) seeded with the length.
 */
function hashIds(ids: ArrayLike<number>, start: number, end: number): void {
  let a = 0x9e3779b9 ^ (end - start);
  let b = 0x85ebca6b ^ Math.imul(end - start, 0x27d4eb2f);
  for (let i = start; i < end; i++) {
    a = Math.imul(a ^ ids[i], 0xcc9e2d51);
    a = (a << 15) | (a >>> 17);
    b = Math.imul(b ^ ids[i], 0x1b873593);
    b = (b << 13) | (b >>> 19);
    b = Math.imul(b, 5) + 0xe6546b64;
  }
  hashed.slot = fmix(a) >>> 0;
  hashed.fingerprint = fmix(b ^ a) >>> 0;
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** The fingerprint as a table of this width stores it: never 0, which marks an empty slot. */
const fingerprintOf = (keys: Uint16Array | Uint32Array, hash: number) => (keys.BYTES_PER_ELEMENT === 2 ? hash & 0xffff : hash) || 1;

/** Probes of the big tables, counted for the benchmark (probes per character). */
export const probeStats = { probes: 0 };

/** Finds the value stored for an id sequence, or -1 (linear probing). */
export function probe(keys: Uint16Array | Uint32Array, values: Uint32Array, ids: ArrayLike<number>, start: number, end: number): number {
  probeStats.probes++;
  hashIds(ids, start, end);
  const fingerprint = fingerprintOf(keys, hashed.fingerprint);
  const size = keys.length;
  for (let i = hashed.slot % size; ; i = i + 1 === size ? 0 : i + 1) {
    const key = keys[i];
    if (key === fingerprint) return values[i];
    if (key === 0) return -1;
  }
}

/** Inserts into a table being built (the caller keeps the load below 1). */
export function insert(keys: Uint16Array | Uint32Array, values: Uint32Array, ids: ArrayLike<number>, start: number, end: number, value: number): void {
  hashIds(ids, start, end);
  const fingerprint = fingerprintOf(keys, hashed.fingerprint);
  const size = keys.length;
  let i = hashed.slot % size;
  while (keys[i] !== 0 && keys[i] !== fingerprint) i = i + 1 === size ? 0 : i + 1;
  keys[i] = fingerprint;
  values[i] = value;
}

/** Calls `visit` with every value stored for an id sequence in a table that keeps one slot per value (insertAll). */
export function probeAll(keys: Uint32Array, values: Uint16Array, ids: ArrayLike<number>, start: number, end: number, visit: (value: number) => void): void {
  hashIds(ids, start, end);
  const fingerprint = fingerprintOf(keys, hashed.fingerprint);
  const size = keys.length;
  for (let i = hashed.slot % size; keys[i] !== 0; i = i + 1 === size ? 0 : i + 1) if (keys[i] === fingerprint) visit(values[i]);
}

/** Adds one more value for an id sequence (probeAll finds them all). */
export function insertAll(keys: Uint32Array, values: Uint16Array, ids: ArrayLike<number>, start: number, end: number, value: number): void {
  hashIds(ids, start, end);
  const fingerprint = fingerprintOf(keys, hashed.fingerprint);
  const size = keys.length;
  let i = hashed.slot % size;
  while (keys[i] !== 0) i = i + 1 === size ? 0 : i + 1;
  keys[i] = fingerprint;
  values[i] = value;
}

/** Slots for `entries` at occupancy `load` (odd, so that the modulo mixes every hash bit). */
export function slotsFor(entries: number, load: number): number {
  return Math.ceil(entries / load) | 1;
}

/** The body's checksum: CRC-32 (native, a few milliseconds for the whole model). */
export const checksum = (bytes: Uint8Array): number => crc32(bytes);
