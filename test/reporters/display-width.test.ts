import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/reporters/display-width.js';

describe('displayWidth (the stylish reporter’s column widths)', () => {
  it('measures as string-width does', () => {
    for (const text of [
      '',
      'ascii message',
      '汉字说明',
      '“围绕围绕”中的“围绕”重复，应为“围绕”',
      '全角　空格与ｆｕｌｌｗｉｄｔｈ',
      '\u001B[31merror\u001B[39m \u001B[2m5:102\u001B[22m',
      'emoji 😀 👍🏽 👨‍👩‍👧 🇨🇳 ❤️',
      'e\u0301 combining, tab\tand\u0007bell',
      '𠀀 astral Han, ½ ambiguous ±',
      '‼ ⁉ © ™ ☀ ⌚ ※ 〽 ㊗ … — ‰ ·',
      '漢字​零宽‍连接️选择゙',
    ]) {
      expect(displayWidth(text), text).toBe(stringWidth(text));
    }
  });
});
