/**
 * --fix and --fix-dry-run for files and standard input. A file is written back only when it is
 * safe: its decoding was no guess with errors, its text re-encodes to the very bytes read, and
 * it has not changed since (src/io/write.ts). Whatever prevents writing becomes that file's
 * error, with its problems still reported; the other files go on.
 */
import { fileErrorResult, fixText, type FileLintResult } from '../api.js';
import type { ResolvedConfig } from '../config/types.js';
import { lintSource } from '../engine/lint.js';
import { UserError } from '../errors.js';
import { decode, describeInvalid, type DecodedText, type Encoding } from '../io/decode.js';
import { readDocument, type FileSnapshot } from '../io/read.js';
import { encode, writeFileSafely } from '../io/write.js';
import type { RuleCategory } from '../types.js';

export interface FixRun {
  encoding?: Encoding;
  fixTypes?: RuleCategory[];
  /** --fix-dry-run: print a unified diff instead of writing. */
  dryRun: boolean;
  print: (text: string | Uint8Array) => void;
  displayName: (file: string | undefined) => string;
}

/** Fixes one text file and writes it back, or prints its diff. */
export async function fixFile(file: string, config: ResolvedConfig, run: FixRun): Promise<FileLintResult> {
  let snapshot: FileSnapshot;
  let decoded: DecodedText;
  try {
    snapshot = readDocument(file);
    decoded = decode(snapshot.bytes, file, run.encoding);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return fileErrorResult(file, error);
  }
  const result = await fixText(decoded.text, { config, filePath: file, fixTypes: run.fixTypes });
  if (result.output === decoded.text) return result;
  if (run.dryRun) {
    run.print(await unifiedDiff(run.displayName(file), decoded.text, result.output));
    return result;
  }
  try {
    writeFileSafely(file, encodeForWriting(result.output, decoded, snapshot.bytes, file), snapshot);
    return result;
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    // Nothing was written: the problems are those of the file as it is.
    const original = await lintSource(decoded.text, { config, filePath: file });
    return { ...original, error: { code: error.code, message: error.message } };
  }
}

/**
 * --stdin --fix: the fixed text, in the input's own encoding and BOM, for standard output. When
 * the input may not be rewritten, the output is the input unchanged (an editor filtering its
 * buffer through the command keeps every byte) and the result carries the error.
 */
export async function fixStdin(bytes: Uint8Array, config: ResolvedConfig, filePath: string | undefined, run: FixRun): Promise<FileLintResult> {
  const decoded = decode(bytes, '<stdin>', run.encoding);
  const result = await fixText(decoded.text, { config, filePath, fixTypes: run.fixTypes });
  if (run.dryRun) {
    if (result.output !== decoded.text) run.print(await unifiedDiff('<stdin>', decoded.text, result.output));
    return result;
  }
  try {
    run.print(result.output === decoded.text ? bytes : encodeForWriting(result.output, decoded, bytes, '<stdin>'));
    return result;
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    run.print(bytes);
    const original = await lintSource(decoded.text, { config, filePath });
    return { ...original, error: { code: error.code, message: error.message } };
  }
}

/**
 * The fixed text as bytes, refused when writing it would change bytes outside the fixes: a text
 * read as UTF-8 in spite of invalid bytes, or one that does not re-encode to the bytes it came from.
 */
function encodeForWriting(output: string, decoded: DecodedText, original: Uint8Array, file: string): Buffer {
  if (decoded.damaged) {
    throw new UserError(
      'FILE_UNDECODABLE',
      `不是有效的 UTF-8（${describeInvalid(decoded.damaged)}），编码是猜测的，未写回修复；请先改正这些字节，或用 --encoding 指定文件的编码`,
      file,
    );
  }
  if (!encode(decoded.text, decoded).equals(original)) {
    throw new UserError('FILE_UNDECODABLE', `按 ${decoded.encoding} 读出的文字不能原样写回，未写回修复；可用 --encoding 指定文件的编码`, file);
  }
  return encode(output, decoded);
}

/** A unified diff of a fix; the diff library is loaded only to print one. */
async function unifiedDiff(name: string, before: string, after: string): Promise<string> {
  return (await import('diff')).createTwoFilesPatch(name, name, before, after);
}
