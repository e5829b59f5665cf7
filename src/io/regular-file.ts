import { closeSync, fstatSync, openSync, readSync, statSync, constants, type Stats } from 'node:fs';

/** What a path is when it is not a regular file, in the words of the error message. */
function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return '目录';
  if (stat.isFIFO()) return '命名管道（FIFO）';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return '设备文件';
  if (stat.isSocket()) return '套接字';
  return '特殊文件';
}

/**
 * Reads a small file that must be a regular file: a FIFO would block forever, /dev/zero never
 * ends, a directory cannot be read. Throws an Error whose message is one Chinese line (callers
 * wrap it in their UserError); ENOENT keeps its code.
 */
export function readRegularFile(file: string, maxBytes: number): Buffer {
  const stat = statSync(file); // follows links: a link to a regular file is fine
  if (!stat.isFile()) throw new Error(`这是${kindOf(stat)}，不是普通文件`);
  if (stat.size > maxBytes) throw new Error(`文件过大（${megabytes(stat.size)}，上限 ${megabytes(maxBytes)}）`);
  // O_NONBLOCK: if the path was swapped for a FIFO after the stat, opening it does not block.
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) throw new Error(`这是${kindOf(opened)}，不是普通文件`);
    // Read to the end, not to the size the stat saw: the file may have grown since.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.max(opened.size - total, 0) + 65536);
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
      if (total > maxBytes) throw new Error(`文件过大（超过 ${megabytes(maxBytes)}）`);
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

const megabytes = (bytes: number) => `${(bytes / (1 << 20)).toFixed(bytes < 1 << 20 ? 2 : 0)} MB`;
