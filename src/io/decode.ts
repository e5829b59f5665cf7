import { UserError } from '../errors.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  /** The text without BOM. */
  text: string;
  encoding: Encoding;
  bom: boolean;
}

const BOMS: Array<[Encoding, number[]]> = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

/**
 * Bytes → text as files occur in Chinese offices: UTF-8 with or without BOM, UTF-16 with BOM,
 * and GB18030/GBK from Windows tools. Binary files are refused with a clear error.
 */
export function decode(bytes: Uint8Array, file?: string, encoding?: Encoding): DecodedText {
  const bom = BOMS.find(([, signature]) => signature.every((byte, i) => bytes[i] === byte));
  if (encoding) return { text: decodeAs(bytes.subarray(bom?.[0] === encoding ? bom[1].length : 0), encoding, file), encoding, bom: bom?.[0] === encoding };
  if (bom) return { text: decodeAs(bytes.subarray(bom[1].length), bom[0], file), encoding: bom[0], bom: true };
  if (looksBinary(bytes)) throw new UserError('FILE_BINARY', '这是二进制文件，不是文本（支持 .txt、.md 文本文件和 .docx Word 文档）', file);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', bom: false };
  } catch {
    return { text: decodeAs(bytes, 'gb18030', file), encoding: 'gb18030', bom: false };
  }
}

function decodeAs(bytes: Uint8Array, encoding: Encoding, file?: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new UserError('FILE_UNDECODABLE', `无法按 ${encoding} 解码，文件可能已损坏或编码不对（可用 --encoding 指定）`, file);
  }
}

/** NUL bytes do not occur in UTF-8 or GB18030 text. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  return sample.includes(0);
}
