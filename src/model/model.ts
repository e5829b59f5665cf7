import { dequantize, ID_BITS, IDIOM_MASK, normalizeChar, probe, probeAll, trigramBits, trigramBitsOf, type Header } from './format.js';

export interface ModelTables {
  vocab: Uint16Array;
  gramKeys: Uint16Array;
  gramValues: Uint32Array;
  wordKeys: Uint32Array;
  wordValues: Uint32Array;
  confStarts: Uint32Array;
  confIds: Uint16Array;
  confSources: Uint8Array;
  bigramBits: Uint32Array;
  pairStarts: Uint32Array;
  pairSeconds: Uint16Array;
  idiomKeys: Uint32Array;
  idiomFills: Uint16Array;
  trigramBloom: Uint32Array;
}

export type Smoothing = 'kneser-ney' | 'stupid-backoff';

/** Kneser–Ney's absolute discount; stupid backoff's factor. */
const DISCOUNT = 0.75;
const BACKOFF = 0.4;
const DEQUANTIZED = Float64Array.from({ length: 256 }, (_, code) => dequantize(code));

/**
 * The proofreading model: a character n-gram language model with word and confusion tables.
 * Text is handled as ids, one per UTF-16 unit (0 for characters it does not know, which no
 * n-gram spans), so that positions stay those of the text.
 */
export class ProofreadingModel {
  readonly order: number;
  /** Log-probability penalty per confusion source (SOURCE bit order). */
  priors: number[];
  smoothing: Smoothing = 'kneser-ney';
  /** Id by UTF-16 unit (normalised first): one array read per character of the text. */
  private readonly idOf = new Uint16Array(0x10000);

  constructor(
    readonly header: Header,
    private readonly tables: ModelTables,
  ) {
    this.order = header.order;
    this.priors = [...header.priors];
    tables.vocab.forEach((code, i) => (this.idOf[code] = i + 1));
    for (let code = 0; code < 0x10000; code++) {
      const normal = normalizeChar(code);
      if (normal !== code) this.idOf[code] = this.idOf[normal];
    }
  }

  id(char: string): number {
    return this.idOf[char.charCodeAt(0)];
  }

  char(id: number): string {
    return String.fromCharCode(this.tables.vocab[id - 1]);
  }

  /** The UTF-16 code of the character with this id (char() without a string). */
  charCode(id: number): number {
    return this.tables.vocab[id - 1];
  }

  encode(text: string): Uint16Array {
    const ids = new Uint16Array(text.length);
    for (let i = 0; i < text.length; i++) ids[i] = this.idOf[text.charCodeAt(i)];
    return ids;
  }

  /** How often ids[start, end) occurs in the training text (0 if unseen or pruned). */
  count(ids: ArrayLike<number>, start: number, end: number): number {
    const value = this.gram(ids, start, end);
    return value < 0 ? 0 : DEQUANTIZED[value & 255];
  }

  /** Whether the training text has ids[start, end) (a bigram: the bit set alone, no probe). */
  seen(ids: ArrayLike<number>, start: number, end: number): boolean {
    if (end - start === 2) return ids[start] !== 0 && ids[start + 1] !== 0 && this.seenBigram(ids[start], ids[start + 1]);
    return this.gram(ids, start, end) >= 0;
  }

  /** The n-gram's packed value (see format.ts), or -1. */
  private gram(ids: ArrayLike<number>, start: number, end: number): number {
    if (ids[start] === 0) return -1;
    // An n-gram is kept only if its bigrams are: most unseen ones end here, without a probe.
    for (let i = start + 1; i < end; i++) if (ids[i] === 0 || !this.seenBigram(ids[i - 1], ids[i])) return -1;
    for (let i = start + 2; i < end; i++) if (!this.maybeTrigram(ids[i - 2], ids[i - 1], ids[i])) return -1;
    return probe(this.tables.gramKeys, this.tables.gramValues, ids, start, end);
  }

  /** Whether the training text has the bigram of ids a b (the bit set, no probe). */
  seenBigram(a: number, b: number): boolean {
    const bit = (a << ID_BITS) | b;
    return ((this.tables.bigramBits[bit >>> 5] >>> (bit & 31)) & 1) === 1;
  }

  /** False if the training text lacks the trigram a b c (its Bloom filter: true may be a false hit). */
  private maybeTrigram(a: number, b: number, c: number): boolean {
    const bloom = this.tables.trigramBloom;
    trigramBitsOf(a, b, c, bloom.length);
    return ((bloom[trigramBits.first >>> 5] >>> (trigramBits.first & 31)) & (bloom[trigramBits.second >>> 5] >>> (trigramBits.second & 31)) & 1) === 1;
  }

  /** log P(ids[i] | up to order − 1 characters before it, not crossing an unknown character). */
  logProb(ids: ArrayLike<number>, i: number): number {
    let context = 0;
    while (context < this.order - 1 && i - context - 1 >= 0 && ids[i - context - 1] !== 0) context++;
    if (ids[i] === 0) return Math.log(1e-7);
    return Math.log(this.smoothing === 'kneser-ney' ? this.kneserNey(ids, i, context) : this.stupidBackoff(ids, i, context));
  }

  /**
   * Interpolated Kneser–Ney, from the unigram up: the highest order uses counts, lower ones
   * continuation counts. A history the model lacks ends the climb (longer ones are missing
   * too); after a missing n-gram, the longer ones are not looked up (numerator 0).
   */
  private kneserNey(ids: ArrayLike<number>, i: number, context: number): number {
    const unigram = this.gram(ids, i, i + 1);
    let p = Math.max(unigram < 0 ? 0 : DEQUANTIZED[(unigram >>> 16) & 255], 0.5) / this.header.bigramTypes;
    let fullSeen = true;
    for (let k = 1; k <= context; k++) {
      const history = this.gram(ids, i - k, i);
      if (history < 0) break;
      const full: number = fullSeen ? this.gram(ids, i - k, i + 1) : -1;
      fullSeen = full >= 0;
      const highest = k === context;
      const denominator = DEQUANTIZED[highest ? history & 255 : history >>> 24];
      if (denominator === 0) continue;
      const numerator = full < 0 ? 0 : DEQUANTIZED[highest ? full & 255 : (full >>> 16) & 255];
      const followers = DEQUANTIZED[(history >>> 8) & 255];
      const q = (Math.max(numerator - DISCOUNT, 0) + DISCOUNT * followers * p) / denominator;
      // Quantisation and pruning can leave a history without recorded followers: back off.
      if (q > 0) p = Math.min(1, q);
    }
    return p;
  }

  private stupidBackoff(ids: ArrayLike<number>, i: number, context: number): number {
    let factor = 1;
    for (let k = context; k > 0; k--) {
      const full = this.gram(ids, i - k, i + 1);
      if (full >= 0) return (factor * DEQUANTIZED[full & 255]) / Math.max(1, this.count(ids, i - k, i));
      factor *= BACKOFF;
    }
    return (factor * Math.max(this.count(ids, i, i + 1), 0.5)) / this.header.total;
  }

  /**
   * Sum of log-probabilities of ids[from, to) (each with its own context). Once the sum falls
   * below `floor` it is returned as it is: the rest can only lower it (a probability is at most 1).
   */
  logProbSpan(ids: ArrayLike<number>, from: number, to: number, floor = -Infinity): number {
    let sum = 0;
    for (let i = from; i < to && sum >= floor; i++) sum += this.logProb(ids, i);
    return sum;
  }

  /** The word ids[start, end) in the word table: frequency and WORD flags, or undefined. */
  word(ids: ArrayLike<number>, start: number, end: number): { frequency: number; flags: number } | undefined {
    const value = probe(this.tables.wordKeys, this.tables.wordValues, ids, start, end);
    return value < 0 ? undefined : { frequency: DEQUANTIZED[value & 255], flags: value >>> 8 };
  }

  /** The WORD flags of ids[start, end) (0 if it is no word): word() without an object, for hot loops. */
  wordFlags(ids: ArrayLike<number>, start: number, end: number): number {
    const value = probe(this.tables.wordKeys, this.tables.wordValues, ids, start, end);
    return value < 0 ? 0 : value >>> 8;
  }

  /** Where the confusion set of `id` starts in confusableIds and confusableSources (it ends where that of id + 1 starts): for hot loops. */
  confusableStart(id: number): number {
    return this.tables.confStarts[id];
  }

  /** All confusion sets, one after the other (see confusableStart). */
  get confusableIds(): Uint16Array {
    return this.tables.confIds;
  }

  /** The SOURCE bits of each pair of confusableIds. */
  get confusableSources(): Uint8Array {
    return this.tables.confSources;
  }

  /** Calls `visit` with each character confusable with `id` and the SOURCE bits of the pair. */
  forEachConfusable(id: number, visit: (other: number, sources: number) => void): void {
    const { confStarts, confIds, confSources } = this.tables;
    for (let k = confStarts[id]; k < confStarts[id + 1]; k++) visit(confIds[k], confSources[k]);
  }

  /** Where the second characters of the frequent two-character words (see PAIR_MIN_FREQUENCY) that start with `first` start in pairSeconds (they end where those of first + 1 start). */
  pairWordStart(first: number): number {
    return this.tables.pairStarts[first];
  }

  /** The second characters of the frequent two-character words, by first character (see pairWordStart). */
  get pairSeconds(): Uint16Array {
    return this.tables.pairSeconds;
  }

  /**
   * Calls `visit` with each character id that, put at `masked`, makes ids[start, start + 4) a
   * four-character idiom: one probe of the idiom index for all candidates.
   */
  forEachIdiomFill(ids: Uint16Array, start: number, masked: number, visit: (fill: number) => void): void {
    const written = ids[masked];
    ids[masked] = IDIOM_MASK;
    probeAll(this.tables.idiomKeys, this.tables.idiomFills, ids, start, start + 4, visit);
    ids[masked] = written;
  }

  /** Penalty of a confusion listed by `sources` (the most likely source counts). */
  prior(sources: number): number {
    let best = Infinity;
    for (let bit = 0; bit < this.priors.length; bit++) if (sources & (1 << bit)) best = Math.min(best, this.priors[bit]);
    return best;
  }
}
