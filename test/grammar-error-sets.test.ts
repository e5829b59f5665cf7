/**
 * The error sets of scripts/eval-grammar.ts inject 地→的 only where 地 is the adverbial particle and
 * 得→的 only where 得 marks a complement (jieba also tags 地 of 就地, 居所地 and the auxiliary děi so).
 */
import { describe, expect, it } from 'vitest';
import { adverbialParticle, complementParticle, wordClasses } from '../scripts/eval-grammar.js';
import { tag } from '../src/nlp/jieba.js';

const classes = wordClasses();
/** The offsets of `particle` in `text` that the predicate selects. */
function selected(text: string, particle: string, select: (tokens: ReturnType<typeof tag>, i: number) => number | undefined): number[] {
  const tokens = tag(text);
  return tokens.flatMap((token, i) => (token.word.includes(particle) ? [select(tokens, i)] : [])).filter((at): at is number => at !== undefined);
}
const adverbial = (text: string) => selected(text, '地', (tokens, i) => (adverbialParticle(tokens, i, classes) ? tokens[i].start : undefined));
const complement = (text: string) => selected(text, '得', (tokens, i) => complementParticle(tokens, i, classes));

describe('地 written as 的: the adverbial particle only', () => {
  it.each(['各级干部要认真地推进改革。', '有关部门应当有计划地培养专门人才。', '应当科学合理地配置植物。'])('selects 地 in %s', (text) => {
    expect(adverbial(text)).toEqual([text.indexOf('地')]);
  });
  it.each(['垃圾应当就地处理。', '适用经常居所地法律。', '禁止在陡坡地开垦种植农作物。', '向侵权行为实施地人民法院提起诉讼。'])('leaves 地 of a word in %s', (text) => {
    expect(adverbial(text)).toEqual([]);
  });
});

describe('得 written as 的: the complement marker only', () => {
  it.each(['今年的任务完成得很好。', '城市变得更加美丽。', '保证搬迁对象搬得出、稳得住。'])('selects the complement 得 in %s', (text) => {
    expect(complement(text)).toEqual([text.lastIndexOf('得')]);
  });
  it.each(['年满四十五岁，均得享受本条待遇。', '赔偿额包括可得利益损失。', '报批前应征得当地人民政府同意。', '从卖得的价款中优先受偿。'])('leaves 得 in %s', (text) => {
    expect(complement(text)).toEqual([]);
  });
});
