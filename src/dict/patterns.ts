import { createRequire } from 'node:module';
import type { RE2JS } from 're2js';

/**
 * The regular expressions a dictionary may hold (`unless`) run on the user's text, so they must
 * not backtrack: `^([^x]+)+x` in JavaScript's engine grows 3-4× per two characters. They run on
 * re2js, a pure-JavaScript port of RE2 whose matching time is linear in the text for every
 * pattern (RE2 syntax: no look-around, no back-references). It is loaded only when a pattern is
 * first compiled (about 0.1 s): the built-in dictionaries' patterns are checked at build time
 * (scripts/compile-dictionaries.ts), so linting pays for it only when such a pattern meets a match.
 */
let engine: typeof RE2JS | undefined;
const compiled = new Map<string, RE2JS>();

/** Compiles a dictionary pattern; throws an Error with a one-line Chinese message if it is invalid. */
export function compilePattern(source: string): RE2JS {
  let pattern = compiled.get(source);
  if (!pattern) {
    engine ??= (createRequire(import.meta.url)('re2js') as typeof import('re2js')).RE2JS;
    try {
      pattern = engine.compile(source);
    } catch (error) {
      const reason = String((error as Error).message).split('\n')[0].replace(/^error parsing regexp: /, '');
      throw new Error(`正则表达式 ${JSON.stringify(source)} 无效（RE2 语法，不支持环视和反向引用）：${reason}`);
    }
    compiled.set(source, pattern);
  }
  return pattern;
}

/** Whether a dictionary pattern matches somewhere in `text` (linear time). */
export function patternMatches(source: string, text: string): boolean {
  return compilePattern(source).test(text);
}
