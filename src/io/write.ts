import { randomBytes } from 'node:crypto';
import { renameSync, statSync, unlinkSync, writeFileSync, chmodSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { DecodedText, Encoding } from './decode.js';

const BOM_BYTES: Record<Encoding, number[]> = {
  'utf-8': [0xef, 0xbb, 0xbf],
  'utf-16le': [0xff, 0xfe],
  'utf-16be': [0xfe, 0xff],
  gb18030: [],
};

/** Text → bytes in the file's own encoding, with its BOM if it had one. */
export function encode(text: string, { encoding, bom }: Pick<DecodedText, 'encoding' | 'bom'>): Buffer {
  // iconv-lite (≈ 20 ms to load) only for the files that need it.
  const body = encoding === 'utf-8' ? Buffer.from(text, 'utf8') : (createRequire(import.meta.url)('iconv-lite') as typeof import('iconv-lite')).encode(text, encoding);
  return bom ? Buffer.concat([Buffer.from(BOM_BYTES[encoding]), body]) : body;
}

/**
 * Writes atomically: a temporary file beside the target, then rename, so that a crash or a
 * full disk never leaves half a report. Keeps the file's mode.
 */
export function writeFileAtomic(file: string, bytes: Uint8Array): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(temporary, bytes);
    const mode = statSync(file, { throwIfNoEntry: false })?.mode;
    if (mode !== undefined) chmodSync(temporary, mode);
    renameSync(temporary, file);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // already gone
    }
    throw error;
  }
}
