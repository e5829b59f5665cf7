import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tag } from '../../src/nlp/jieba.js';
import { segmenterAddon, segmentationModelPath } from '../../src/nlp/segmentation-model.js';
import { REPO, SEED } from '../helpers/paths.js';

/** Runs an ES module snippet in a fresh Node process and returns its stdout. */
const runModule = (code: string) => execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });

describe('the segmenter binding (native/segmenter.cc)', () => {
  it('turns bad arguments and bad files into JS exceptions and keeps the model usable', () => {
    const expected = tag('贯彻新时代党的组织路线');
    const addon = segmenterAddon();
    expect(() => addon.tag(42 as never)).toThrow(TypeError);
    expect(() => addon.tag(undefined as never)).toThrow(TypeError);
    expect(() => addon.load(42 as never, '', new Uint8Array())).toThrow(TypeError);
    expect(() => addon.load('model', 'source', 'not bytes' as never)).toThrow(TypeError);
    expect(() => addon.compile('text' as never, new Uint8Array(), '')).toThrow(TypeError);
    expect(() => addon.compile(new Uint8Array(), new Uint8Array(), '')).toThrow('jieba.dict.utf8 is empty');
    expect(() => addon.compile(Buffer.from('一 1 n\n二 2\n'), new Uint8Array(), '')).toThrow('jieba.dict.utf8 line 2');
    expect(() => addon.compile(Buffer.from('一 1 n\n'), Buffer.from('0 0 0 0\n'), '')).toThrow('hmm_model.utf8');
    // Loading again (even garbage) once a model is loaded changes nothing.
    expect(addon.load(new Uint8Array(8), '', new Uint8Array())).toBe(true);
    expect(tag('贯彻新时代党的组织路线')).toEqual(expected);
  });

  // The addon pins its library (native/segmenter.cc) so no platform can unload it with the
  // worker's environment; Node 20 on Linux passes this without the pin too.
  it('keeps the model after the worker thread that loaded it has ended', () => {
    const jieba = JSON.stringify(path.join(REPO, 'dist/src/nlp/jieba.js'));
    const model = JSON.stringify(path.join(REPO, 'dist/src/nlp/segmentation-model.js'));
    const output = runModule(`
      import { Worker } from 'node:worker_threads';
      const worker = new Worker('import(${jieba}).then((m) => m.tag("测试"))', { eval: true });
      await new Promise((resolve, reject) => { worker.on('exit', resolve); worker.on('error', reject); });
      const { segmenterAddon } = await import(${model});
      process.stdout.write(String(segmenterAddon().loaded()));`);
    expect(output).toBe('true');
  });
});

describe('the segmentation model file, in an install under a path with non-ASCII characters, ; and |', () => {
  let root: string;
  let modelFile: string;
  const runCli = () =>
    execFileSync(process.execPath, [path.join(root, 'bin/gongwen-lint.js'), '--format', 'json', SEED], { encoding: 'utf8' });
  const tagInCopy = (text: string) =>
    runModule(`const { tag } = await import(${JSON.stringify(path.join(root, 'dist/src/nlp/jieba.js'))});
      process.stdout.write(tag(${JSON.stringify(text)}).map((t) => t.word + '/' + t.tag).join(' '));`);
  const lintedMessages = (output: string) => (JSON.parse(output) as Array<{ messages: unknown[] }>)[0].messages.length;
  const runCliTolerant = () => {
    try {
      return runCli();
    } catch (error) {
      return (error as { stdout: string }).stdout; // exit code 1: findings
    }
  };

  beforeAll(() => {
    root = path.join(mkdtempSync(path.join(tmpdir(), '张三;a|b-')), 'gongwen-lint');
    mkdirSync(path.join(root, 'build', 'Release'), { recursive: true });
    for (const entry of ['package.json', 'bin', 'dist', 'dictionaries', 'presets', 'native', 'models']) {
      cpSync(path.join(REPO, entry), path.join(root, entry), { recursive: true });
    }
    cpSync(path.join(REPO, 'build/Release/segmenter.node'), path.join(root, 'build/Release/segmenter.node'));
    symlinkSync(path.join(REPO, 'node_modules'), path.join(root, 'node_modules'), 'junction');
    modelFile = path.join(root, 'build', 'segmentation.model');
  });
  afterAll(() => rmSync(path.dirname(root), { recursive: true, force: true }));

  it('compiles the missing model, writes it and lints the seed report as the repository does', () => {
    expect(lintedMessages(runCliTolerant())).toBe(11);
    expect(readFileSync(modelFile).length).toBe(readFileSync(segmentationModelPath()).length);
  });

  it('compiles a stale or damaged model again and rewrites it', () => {
    const good = readFileSync(modelFile);
    const stale = Buffer.from(good);
    stale[216] ^= 1; // in the stored fingerprint of nodejieba's files
    writeFileSync(modelFile, stale);
    expect(tagInCopy('贯彻新时代')).toBe('贯彻/v 新/a 时代/n');
    expect(readFileSync(modelFile).equals(good)).toBe(true);

    writeFileSync(modelFile, good.subarray(0, good.length >> 1));
    expect(tagInCopy('贯彻新时代')).toBe('贯彻/v 新/a 时代/n');
    expect(readFileSync(modelFile).equals(good)).toBe(true);
  });

  it('applies the user dictionary as edited, without compiling the model again', () => {
    const before = readFileSync(modelFile);
    // With a frequency (the third column) as a proofreader may give; nodejieba gives the same.
    appendFileSync(path.join(root, 'dictionaries/segmentation/user.dict.utf8'), '时代党 100000 nz\n');
    expect(tagInCopy('贯彻新时代党的组织路线')).toBe('贯彻/v 新/a 时代党/nz 的/uj 组织路线/n');
    expect(readFileSync(modelFile).equals(before)).toBe(true);
  });
});
