import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { UserError } from '../errors.js';
import { packageRoot } from '../package-root.js';
import { jiebaDataFile } from './jieba-data.js';

/** native/segmenter.cc: cppjieba's MixSegment and POS tagger over a model compiled into one file. */
export interface SegmenterAddon {
  /** nodejieba's dictionary and HMM model → the model file's bytes, `source` stored in them. */
  compile(dict: Uint8Array, hmm: Uint8Array, source: string): Uint8Array;
  /** The `source` a model file was compiled with; undefined if it is not a model of this version. */
  source(model: Uint8Array): string | undefined;
  /** Checks and loads the model plus the user dictionary, once per process (shared by workers). */
  load(model: Uint8Array, userDict: Uint8Array): void;
  loaded(): boolean;
  /** [start, end, tagId] per word, UTF-16 offsets. */
  tag(text: string): Uint32Array;
  /** Tag names by id. */
  tags(): string[];
}

const SOURCES = ['jieba.dict.utf8', 'hmm_model.utf8'] as const;

/** The compiled model: made at install (native/write-model.js) and by `npm run build`. */
export function segmentationModelPath(): string {
  return path.join(packageRoot(), 'build', 'segmentation.model');
}

/** The user dictionary proofreaders extend (cppjieba's format); read at every load, never compiled in. */
export function segmentationUserDictPath(): string {
  return path.join(packageRoot(), 'dictionaries', 'segmentation', 'user.dict.utf8');
}

export function segmenterAddon(): SegmenterAddon {
  const addon = path.join(packageRoot(), 'build', 'Release', 'segmenter.node');
  try {
    return createRequire(import.meta.url)(addon) as SegmenterAddon;
  } catch {
    throw new UserError('INSTALL_BROKEN', `分词模块未编译（${addon}），请在 gongwen-lint 目录运行 npm install`);
  }
}

function readSource(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch {
    throw new UserError('INSTALL_BROKEN', `分词词典缺失（${file}），请重新安装 gongwen-lint`);
  }
}

/** What the model was compiled from: nodejieba's two files, by size and modification time. */
function sourceFingerprint(): string {
  return SOURCES.map((name) => {
    const file = jiebaDataFile(name);
    try {
      const { size, mtimeMs } = statSync(file);
      return `${name}:${size}:${mtimeMs}`;
    } catch {
      throw new UserError('INSTALL_BROKEN', `分词词典缺失（${file}），请重新安装 gongwen-lint`);
    }
  }).join(';');
}

/**
 * The model file's bytes, compiled again (≈ 1 s) when the file is missing, of another format
 * version, or older than nodejieba's files; the new file is written if the folder is writable.
 */
export function segmentationModel(addon: SegmenterAddon): Uint8Array {
  const file = segmentationModelPath();
  const fingerprint = sourceFingerprint();
  try {
    const bytes = readFileSync(file);
    if (addon.source(bytes) === fingerprint) return bytes;
  } catch {
    // missing: compiled below
  }
  const bytes = addon.compile(readSource(jiebaDataFile(SOURCES[0])), readSource(jiebaDataFile(SOURCES[1])), fingerprint);
  // Written under a temporary name and renamed, so a concurrent process never reads half a file.
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, file);
  } catch {
    rmSync(temporary, { force: true });
  }
  return bytes;
}

/** Install and build step: makes sure the model file is there and current. */
export function writeSegmentationModel(): void {
  segmentationModel(segmenterAddon());
}
