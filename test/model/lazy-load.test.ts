import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/paths.js';

// In a process of its own: the suite's workers are shared between files, so another file may have
// read the model already.
const dist = (module: string) => JSON.stringify(path.join(REPO, 'dist/src', module));
const script = `
  const { configFromObject } = await import(${dist('config/load.js')});
  const { lintSource } = await import(${dist('engine/lint.js')});
  const { modelLoaded } = await import(${dist('model/load.js')});
  const text = '研究开展应急管里信用体系建设。\\n';
  const lint = async (config) => (await lintSource(text, { config: await configFromObject(config), filePath: 'a.txt' })).messages.map((m) => m.ruleId);
  const steps = [];
  steps.push([await lint({ extends: 'recommended' }), modelLoaded()]);
  steps.push([await lint({ extends: 'recommended', rules: { 'likely-typo': 'off' } }), modelLoaded()]);
  steps.push([await lint({ rules: { 'likely-typo': 'warn' } }), modelLoaded()]);
  process.stdout.write(JSON.stringify(steps));`;

describe('the proofreading model', () => {
  it('is read only when an enabled rule needs it', () => {
    const steps = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as Array<[string[], boolean]>;
    expect(steps.map(([, loaded]) => loaded)).toEqual([false, false, true]);
    expect(steps[2][0]).toEqual(['likely-typo']);
  });
});
