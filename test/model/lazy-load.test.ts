import { describe, expect, it, vi } from 'vitest';
import { configFromObject } from '../../src/config/load.js';
import { lintSource } from '../../src/engine/lint.js';
import { loadModel } from '../../src/model/load.js';

vi.mock('../../src/model/load.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/model/load.js')>();
  return { ...actual, loadModel: vi.fn(actual.loadModel) };
});

describe('the proofreading model', () => {
  it('is read only when an enabled rule needs it', async () => {
    const text = '研究开展应急管里信用体系建设。\n';
    await lintSource(text, { config: await configFromObject({ extends: 'recommended' }), filePath: 'a.txt' });
    await lintSource(text, { config: await configFromObject({ extends: 'recommended', rules: { 'likely-typo': 'off' } }), filePath: 'a.txt' });
    expect(loadModel).not.toHaveBeenCalled();
    const result = await lintSource(text, { config: await configFromObject({ rules: { 'likely-typo': 'warn' } }), filePath: 'a.txt' });
    expect(loadModel).toHaveBeenCalled();
    expect(result.messages.map((m) => m.ruleId)).toEqual(['likely-typo']);
  });
});
