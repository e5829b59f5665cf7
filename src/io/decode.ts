import { UserError } from '../errors.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  /** The text without BOM. */
  text: string;
  encoding: Encoding;
  bom: boolean;
  /**
   * Set when the file is nearly all UTF-8 but has invalid bytes: it was read as UTF-8 with each
   * invalid byte shown as U+FFFD. Such a text must never be written back.
   */
  damaged?: InvalidBytes;
}

/** Where a file stops being valid UTF-8. */
export interface InvalidBytes {
  /** How many invalid sequences. */
  count: number;
  /** The first one: 1-based line and column (code points) in the decoded text, and its byte. */
  line: number;
  column: number;
  byte: number;
}

const BOMS: Array<[Encoding, number[]]> = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

/**
 * A file with invalid bytes is still read as UTF-8 when its valid multi-byte sequences are at
 * least this many times the invalid ones: a stray byte in a UTF-8 report (a NBSP pasted as 0xA0)
 * is far likelier than GB18030 text holding that much valid UTF-8 (GB18030 Chinese reads as
 * about one valid UTF-8 sequence per six invalid ones). Measured on the 4,013 non-ASCII
 * paragraphs of the corpus: with one stray 0xA0, 4,009 are read as UTF-8 (4 short ones as
 * GB18030); in GB18030, 4,010 are read as GB18030, 2 are valid UTF-8 as well, 1 is taken for
 * damaged UTF-8 (and so never written back). A whole file is far more decisive than a paragraph.
 */
const UTF8_MAJORITY = 2;

/**
 * Bytes → text as files occur in Chinese offices: UTF-8 with or without BOM, UTF-16 with BOM,
 * and GB18030/GBK from Windows tools. Binary files are refused with a clear error.
 */
export function decode(bytes: Uint8Array, file?: string, encoding?: Encoding): DecodedText {
  const bom = BOMS.find(([, signature]) => signature.every((byte, i) => bytes[i] === byte));
  if (encoding) {
    const own = bom?.[0] === encoding;
    return { text: decodeAs(bytes.subarray(own ? bom[1].length : 0), encoding, file), encoding, bom: own };
  }
  if (bom) return { text: decodeAs(bytes.subarray(bom[1].length), bom[0], file), encoding: bom[0], bom: true };
  if (looksBinary(bytes)) throw new UserError('FILE_BINARY', '这是二进制文件，不是文本（支持 .txt、.md 文本文件和 .docx Word 文档）', file);
  const { invalid, multibyte } = scanUtf8(bytes);
  if (invalid.length === 0) return { text: utf8(bytes), encoding: 'utf-8', bom: false };
  if (multibyte >= invalid.length * UTF8_MAJORITY) {
    return { text: utf8(bytes), encoding: 'utf-8', bom: false, damaged: locate(bytes, invalid) };
  }
  try {
    return { text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'gb18030', bom: false };
  } catch {
    // Not GB18030 either: UTF-8 that is partly valid is the likelier reading.
    if (multibyte > 0) return { text: utf8(bytes), encoding: 'utf-8', bom: false, damaged: locate(bytes, invalid) };
    const where = describeInvalid(locate(bytes, invalid));
    throw new UserError('FILE_UNDECODABLE', `既不是有效的 UTF-8（${where}），也不是 GB18030；可用 --encoding 指定编码`, file);
  }
}

/** 「第 3 行第 9 列有无效字节 0xA0（共 2 处）」 */
export function describeInvalid({ count, line, column, byte }: InvalidBytes): string {
  const hex = byte.toString(16).toUpperCase().padStart(2, '0');
  return `第 ${line} 行第 ${column} 列有无效字节 0x${hex}${count > 1 ? `（共 ${count} 处）` : ''}`;
}

function decodeAs(bytes: Uint8Array, encoding: Encoding, file?: string): string {
  if (encoding === 'utf-8') {
    const { invalid } = scanUtf8(bytes);
    if (invalid.length) throw new UserError('FILE_UNDECODABLE', `不是有效的 UTF-8：${describeInvalid(locate(bytes, invalid))}（可用 --encoding 指定其他编码）`, file);
    return utf8(bytes);
  }
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new UserError('FILE_UNDECODABLE', `无法按 ${encoding} 解码，文件可能已损坏或编码不对（可用 --encoding 指定）`, file);
  }
}

const utf8 = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);

/**
 * Validates UTF-8 (the WHATWG rules TextDecoder follows) in one pass: the offsets of invalid
 * sequences and how many valid multi-byte sequences there are.
 */
function scanUtf8(bytes: Uint8Array): { invalid: number[]; multibyte: number } {
  const invalid: number[] = [];
  let multibyte = 0;
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    const [length, low, high] =
      lead >= 0xc2 && lead <= 0xdf ? [2, 0x80, 0xbf]
      : lead === 0xe0 ? [3, 0xa0, 0xbf]
      : lead === 0xed ? [3, 0x80, 0x9f]
      : lead >= 0xe1 && lead <= 0xef ? [3, 0x80, 0xbf]
      : lead === 0xf0 ? [4, 0x90, 0xbf]
      : lead === 0xf4 ? [4, 0x80, 0x8f]
      : lead >= 0xf1 && lead <= 0xf3 ? [4, 0x80, 0xbf]
      : [0, 0, 0];
    // How many bytes of the sequence are right; a broken sequence counts once, as U+FFFD replaces it.
    let good = length > 0 && i + 1 < bytes.length && bytes[i + 1] >= low && bytes[i + 1] <= high ? 2 : 1;
    while (good > 1 && good < length && i + good < bytes.length && bytes[i + good] >= 0x80 && bytes[i + good] <= 0xbf) good++;
    if (good === length) multibyte++;
    else invalid.push(i);
    i += good;
  }
  return { invalid, multibyte };
}

function locate(bytes: Uint8Array, invalid: readonly number[]): InvalidBytes {
  const offset = invalid[0];
  const before = utf8(bytes.subarray(0, offset));
  const lineStart = before.lastIndexOf('\n') + 1;
  return {
    count: invalid.length,
    line: before.split('\n').length,
    column: [...before.slice(lineStart)].length + 1,
    byte: bytes[offset],
  };
}

/** NUL bytes do not occur in UTF-8 or GB18030 text. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  return sample.includes(0);
}
