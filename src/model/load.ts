import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { packageRoot } from '../package-root.js';
import { bigramWords, checksum, FORMAT_VERSION, HEADER_BYTES, HEADER_FIELDS, MAGIC, sectionOffsets, SOURCE_NAMES, type Header } from './format.js';
import { ProofreadingModel } from './model.js';

/** The model shipped in the package (built by `npm run build:model`). */
export const MODEL_FILE = () => path.join(packageRoot(), 'models', 'typo-lm.bin');

const loaded = new Map<string, ProofreadingModel>();

/** Whether the model in `file` has been read by this process (it is read only for a rule that needs it). */
export const modelLoaded = (file = MODEL_FILE()): boolean => loaded.has(file);

/** The model in `file`, read once per process (one read; the tables are views over its bytes). */
export function loadModel(file = MODEL_FILE()): ProofreadingModel {
  let model = loaded.get(file);
  if (!model) {
    model = readModel(file);
    loaded.set(file, model);
  }
  return model;
}

function readModel(file: string): ProofreadingModel {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    throw brokenModel(file, '缺失或无法读取');
  }
  return modelFromBytes(bytes, file);
}

/** The message names the model file itself: the CLI puts the linted file's name in front. */
const brokenModel = (file: string, why: string) =>
  new UserError('INSTALL_BROKEN', `校对模型文件 ${file} ${why}，请重新安装 gongwen-lint 或运行 npm run build:model`);

/** The model held in `bytes` (checked: magic, version, length, checksum). */
export function modelFromBytes(bytes: Buffer, file = '<model>'): ProofreadingModel {
  const broken = (why: string) => brokenModel(file, why);
  if (bytes.length < HEADER_BYTES || bytes.readUInt32LE(HEADER_FIELDS.magic) !== MAGIC) throw broken('格式不对');
  const version = bytes.readUInt32LE(HEADER_FIELDS.version);
  if (version !== FORMAT_VERSION) throw broken(`版本为 ${version}，本程序需要 ${FORMAT_VERSION}`);
  const header: Header = {
    order: bytes.readUInt32LE(HEADER_FIELDS.order),
    vocabSize: bytes.readUInt32LE(HEADER_FIELDS.vocabSize),
    gramSlots: bytes.readUInt32LE(HEADER_FIELDS.gramSlots),
    wordSlots: bytes.readUInt32LE(HEADER_FIELDS.wordSlots),
    confCount: bytes.readUInt32LE(HEADER_FIELDS.confCount),
    total: bytes.readDoubleLE(HEADER_FIELDS.total),
    bigramTypes: bytes.readUInt32LE(HEADER_FIELDS.bigramTypes),
    priors: SOURCE_NAMES.map((_, i) => bytes.readFloatLE(HEADER_FIELDS.priors + 4 * i)),
    pairCount: bytes.readUInt32LE(HEADER_FIELDS.pairCount),
    idiomSlots: bytes.readUInt32LE(HEADER_FIELDS.idiomSlots),
    trigramWords: bytes.readUInt32LE(HEADER_FIELDS.trigramWords),
  };
  const offsets = sectionOffsets(header);
  // Typed arrays need aligned offsets; a small file may sit unaligned in Node's buffer pool.
  const buffer = bytes.byteOffset % 8 === 0 ? bytes : Buffer.from(bytes);
  if (offsets.end !== bytes.length || checksum(buffer.subarray(HEADER_BYTES)) !== bytes.readUInt32LE(HEADER_FIELDS.checksum)) {
    throw broken('已损坏（长度或校验和不符）');
  }
  const at = <T>(Type: new (buffer: ArrayBufferLike, offset: number, length: number) => T, offset: number, length: number) =>
    new Type(buffer.buffer, buffer.byteOffset + offset, length);
  return new ProofreadingModel(header, {
    vocab: at(Uint16Array, offsets.vocab, header.vocabSize),
    gramKeys: at(Uint16Array, offsets.gramKeys, header.gramSlots),
    gramValues: at(Uint32Array, offsets.gramValues, header.gramSlots),
    wordKeys: at(Uint32Array, offsets.wordKeys, header.wordSlots),
    wordValues: at(Uint32Array, offsets.wordValues, header.wordSlots),
    confStarts: at(Uint32Array, offsets.confStarts, header.vocabSize + 2),
    confIds: at(Uint16Array, offsets.confIds, header.confCount),
    confSources: at(Uint8Array, offsets.confSources, header.confCount),
    bigramBits: at(Uint32Array, offsets.bigramBits, bigramWords(header.vocabSize)),
    pairStarts: at(Uint32Array, offsets.pairStarts, header.vocabSize + 2),
    pairSeconds: at(Uint16Array, offsets.pairSeconds, header.pairCount),
    idiomKeys: at(Uint32Array, offsets.idiomKeys, header.idiomSlots),
    idiomFills: at(Uint16Array, offsets.idiomFills, header.idiomSlots),
    trigramBloom: at(Uint32Array, offsets.trigramBloom, header.trigramWords),
  });
}
