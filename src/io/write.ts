import { randomBytes } from 'node:crypto';
import {
  accessSync,
  closeSync,
  constants,
  fchownSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  openSync,
  readdirSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { UserError } from '../errors.js';
import type { DecodedText, Encoding } from './decode.js';
import { describeFsError, readRegularFile, type FileSnapshot } from './read.js';

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

/** Temporary files are named `.<name>.<pid>-<random>.gongwen.tmp`: a later run knows whose they are. */
const TEMPORARY = /^\.(.+)\.(\d+)-[0-9a-f]+\.gongwen\.tmp$/;

/**
 * Writes `bytes` over an existing file without ever losing it:
 * - through a symbolic link to its target (the link stays a link);
 * - refused (UserError) when the file is read-only, or has changed since `expected` was read;
 * - a file with one link is replaced atomically (temporary file beside it, fsync, rename) with its
 *   mode, owner and group; a file with several hard links, or whose owner or group this process
 *   cannot give to a new file, is rewritten in place, so every link sees the new text and the
 *   inode keeps its owner, group, mode and ACLs. In-place writing first writes a fsynced
 *   temporary copy (a full disk fails before the file is touched) and puts the old bytes back
 *   if writing the file fails.
 * Temporary files left by a killed run are removed by the next write in the same folder.
 * Writes are synchronous, so a signal handled by the CLI waits until a write is complete.
 */
export function writeFileSafely(file: string, bytes: Uint8Array, expected?: FileSnapshot): void {
  let target: string;
  try {
    target = realpathSync(file);
  } catch (error) {
    throw new UserError('FILE_UNWRITABLE', describeFsError(error as NodeJS.ErrnoException, '写入'), file);
  }
  const stat = statSync(target);
  if (!stat.isFile()) throw new UserError('FILE_UNWRITABLE', '不是普通文件，不会写入', file);
  if (!isWritable(target, stat.mode)) {
    throw new UserError('FILE_READONLY', '文件是只读的，未写回修复（确需修改请先改文件权限）', file);
  }
  if (expected) checkUnchanged(target, expected, file);
  removeStaleTemporaries(target);
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.gongwen.tmp`);
  try {
    const keepsOwner = writeTemporary(temporary, bytes, stat);
    if (expected) checkUnchanged(target, expected, file);
    if (stat.nlink === 1 && keepsOwner) {
      renameSync(temporary, target);
      return;
    }
    writeInPlace(target, bytes, expected?.bytes);
    unlinkSync(temporary);
  } catch (error) {
    removeQuietly(temporary);
    if (error instanceof UserError) throw error;
    throw new UserError('FILE_UNWRITABLE', `${describeFsError(error as NodeJS.ErrnoException, '写入')}，文件未改动`, file);
  }
}

/** The tool's own files (cache, baseline): replaced atomically through a temporary file. */
export function writeFileAtomic(file: string, bytes: Uint8Array): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.gongwen.tmp`);
  try {
    const fd = openSync(temporary, 'wx', 0o666);
    try {
      writeAll(fd, bytes);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
  } catch (error) {
    removeQuietly(temporary);
    throw error;
  }
}

/** Root may write anything: a file without any write permission bit is still read-only to us. */
function isWritable(file: string, mode: number): boolean {
  if ((mode & 0o222) === 0) return false;
  try {
    accessSync(file, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** The file is as it was read: same inode, size, time and bytes. Appended or edited text is never lost. */
function checkUnchanged(target: string, expected: FileSnapshot, file: string): void {
  const now = statSync(target);
  const same =
    now.ino === expected.ino && now.dev === expected.dev && now.size === expected.size && now.mtimeMs === expected.mtimeMs &&
    readRegularFile(target).bytes.equals(expected.bytes);
  if (!same) throw new UserError('FILE_CHANGED', '文件在检查期间被修改过，未写回修复，请重新运行', file);
}

/** Writes and fsyncs the temporary file with the target's mode; true when it also got its owner and group. */
function writeTemporary(temporary: string, bytes: Uint8Array, stat: { mode: number; uid: number; gid: number }): boolean {
  const fd = openSync(temporary, 'wx', stat.mode & 0o7777);
  try {
    writeAll(fd, bytes);
    fsyncSync(fd);
    const own = fstatSync(fd);
    if (own.uid === stat.uid && own.gid === stat.gid) return true;
    try {
      fchownSync(fd, stat.uid, stat.gid);
      return true;
    } catch {
      return false;
    }
  } finally {
    closeSync(fd);
  }
}

function writeInPlace(target: string, bytes: Uint8Array, original: Uint8Array | undefined): void {
  const fd = openSync(target, 'r+');
  try {
    const before = original ?? readRegularFile(target).bytes;
    try {
      writeAll(fd, bytes, 0);
      ftruncateSync(fd, bytes.length);
      fsyncSync(fd);
    } catch (error) {
      writeAll(fd, before, 0);
      ftruncateSync(fd, before.length);
      throw error;
    }
  } finally {
    closeSync(fd);
  }
}

function writeAll(fd: number, bytes: Uint8Array, position?: number): void {
  for (let done = 0; done < bytes.length; ) {
    done += writeSync(fd, bytes, done, bytes.length - done, position === undefined ? null : position + done);
  }
}

/** Temporary files of this target left by runs whose process is gone. */
function removeStaleTemporaries(target: string): void {
  const folder = path.dirname(target);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const match = TEMPORARY.exec(name);
    if (!match || match[1] !== path.basename(target) || isRunning(Number(match[2]))) continue;
    removeQuietly(path.join(folder, name));
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return false; // writes are synchronous: none of ours is under way
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function removeQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // already gone
  }
}
