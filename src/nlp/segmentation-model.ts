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
  /**
   * Loads the model (a file path, mapped, or bytes) plus the user dictionary, once per process
   * (worker threads share it). false if the file is missing or not compiled from `source`;
   * throws if it is damaged.
   */
  load(model: string | Uint8Array, source: string, userDict: Uint8Array): boolean;
  loaded(): boolean;
  /** [start, end, tagId] per word, UTF-16 offsets. */
  tag(text: string): Uint32Array;
  /** Tag names by id. */
  tags(): string[];
}

const SOURCES = ['jieba.dict.utf8', 'hmm_model.utf8'] as const;

/** The compiled model, made at install (native/write-model.js), by `npm run build` or when stale. */
export function segmentationModelPath(): string {
  return path.join(packageRoot(), 'build', 'segmentation.model');
}

/** The user dictionary proofreaders extend (cppjieba's format), read at every load, never compiled in. */
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

const missing = (file: string) => new UserError('INSTALL_BROKEN', `分词词典缺失（${file}），请重新安装 gongwen-lint`);

function readData(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch {
    throw missing(file);
  }
}

/** What the model is compiled from: nodejieba's two files, by size and modification time. */
function sourceFingerprint(): string {
  return SOURCES.map((name) => {
    const file = jiebaDataFile(name);
    try {
      const { size, mtimeMs } = statSync(file);
      return `${name}:${size}:${mtimeMs}`;
    } catch {
      throw missing(file);
    }
  }).join(';');
}

/**
 * Loads the model file and the user dictionary into the addon. A model file that is missing,
 * of another format version, compiled from other files or damaged is compiled again (≈ 1 s)
 * and rewritten when the folder is writable (else used from memory).
 */
export function loadSegmentationModel(addon: SegmenterAddon): void {
  const userDict = readData(segmentationUserDictPath());
  const source = sourceFingerprint();
  const file = segmentationModelPath();
  try {
    if (addon.load(file, source, userDict)) return;
  } catch {
    // damaged: compiled again below
  }
  const bytes = addon.compile(readData(jiebaDataFile(SOURCES[0])), readData(jiebaDataFile(SOURCES[1])), source);
  // Written under a temporary name and renamed, so a concurrent process never maps half a file.
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, file);
  } catch {
    rmSync(temporary, { force: true });
  }
  addon.load(bytes, source, userDict);
}

/** Install and build step: makes sure the model file is there and current. */
export function writeSegmentationModel(): void {
  loadSegmentationModel(segmenterAddon());
}
