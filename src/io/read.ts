import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { UserError } from '../errors.js';
import { isDocx } from './docx.js';

/**
 * The most text read from a file or standard input: a larger document would take minutes and
 * gigabytes to lint (a 2 GB stream crashed the process). Ten times the largest reports.
 */
export const MAX_TEXT_BYTES = 64 * 1024 * 1024;

/** A Word document is compressed XML: its text is a fraction of its bytes (a 500-page report is a few MB). */
export const MAX_DOCX_BYTES = 256 * 1024 * 1024;

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

export function tooLarge(file: string, maxBytes: number, size?: number): UserError {
  const how = size === undefined ? `超过 ${megabytes(maxBytes)}，太大` : `文件过大（${megabytes(size)}，上限 ${megabytes(maxBytes)}）`;
  return new UserError('FILE_TOO_LARGE', `${how}，未检查（可拆成几个文件分别检查）`, file);
}

/** Reads a stream such as standard input, refusing it once it exceeds `maxBytes`. */
export async function readStream(stream: AsyncIterable<Uint8Array>, maxBytes = MAX_TEXT_BYTES, name = '<stdin>'): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    total += chunk.length;
    if (total > maxBytes) throw tooLarge(name, maxBytes);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}

/** A file as it was read: its bytes, and what a later write checks to see that it has not changed. */
export interface FileSnapshot {
  bytes: Buffer;
  size: number;
  mtimeMs: number;
  ino: number;
  dev: number;
}

/** What a path is when it is not a regular file, in the words of the error message. */
function kindOf(stat: Stats): string | undefined {
  if (stat.isFile()) return undefined;
  const kind = stat.isDirectory()
    ? '目录'
    : stat.isFIFO()
      ? '命名管道（FIFO）'
      : stat.isCharacterDevice() || stat.isBlockDevice()
        ? '设备文件'
        : stat.isSocket()
          ? '套接字'
          : '特殊文件';
  return `这是${kind}，不是普通文件`;
}

/** The message for a failed read or write, by error code. */
export function describeFsError(error: NodeJS.ErrnoException, action: '读取' | '写入'): string {
  switch (error.code) {
    case 'ELOOP':
      return `符号链接形成循环（ELOOP），无法${action}`;
    case 'ENOENT':
      return action === '读取' ? '找不到该文件' : '目录不存在，无法写入';
    case 'EACCES':
    case 'EPERM':
      return `没有${action}权限（${error.code}）`;
    case 'EISDIR':
      return '这是目录，不是文件';
    case 'ENOSPC':
      return '磁盘已满，无法写入（ENOSPC）';
    case 'EROFS':
      return '文件系统是只读的，无法写入（EROFS）';
    default:
      return `无法${action}文件（${error.code ?? error.message}）`;
  }
}

/**
 * Reads a regular file whole. A FIFO, a device such as /dev/zero, a directory or a link cycle is
 * a UserError that says what it is, before anything is opened that could block or never end.
 */
export function readRegularFile(file: string, maxBytes = Infinity): FileSnapshot {
  let fd: number | undefined;
  try {
    const kind = kindOf(statSync(file));
    if (kind) throw new UserError('FILE_UNREADABLE', kind, file);
    // O_NONBLOCK: if the path was swapped for a FIFO after the stat, opening it does not block.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const stat = fstatSync(fd);
    const changedKind = kindOf(stat); // replaced between the two looks
    if (changedKind) throw new UserError('FILE_UNREADABLE', changedKind, file);
    if (stat.size > maxBytes) throw tooLarge(file, maxBytes, stat.size);
    const bytes = readAll(fd, stat.size, maxBytes, file);
    return { bytes, size: bytes.length, mtimeMs: stat.mtimeMs, ino: stat.ino, dev: stat.dev };
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError('FILE_UNREADABLE', describeFsError(error as NodeJS.ErrnoException, '读取'), file);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Reads to the end (a file may grow while it is read; the snapshot is what was read). */
function readAll(fd: number, size: number, maxBytes: number, file: string): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (let chunk = Buffer.allocUnsafe(size + 1); ; chunk = Buffer.allocUnsafe(64 * 1024)) {
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
    if (total > maxBytes) throw tooLarge(file, maxBytes);
  }
  return Buffer.concat(chunks, total);
}

/** A document to lint or fix: a text file of at most MAX_TEXT_BYTES, a Word document of at most MAX_DOCX_BYTES. */
export function readDocument(file: string): FileSnapshot {
  return readRegularFile(file, isDocx(file) ? MAX_DOCX_BYTES : MAX_TEXT_BYTES);
}
