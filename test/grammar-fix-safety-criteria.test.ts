/**
 * The classes of genuine errors that explain changes in the fix-safety report (scripts/eval-grammar.ts):
 * each covers the form its standard names and not the correct text next to it.
 */
import { describe, expect, it } from 'vitest';
import { type Change, explainingCriterion } from '../scripts/fix-safety-criteria.js';

/** The change that turns `marked`'s 【…】 into `text` (【】 marks the changed range). */
function change(rule: string, marked: string, text: string, documentYear?: number): Change {
  const start = marked.indexOf('【');
  const end = marked.indexOf('】') - 1;
  return { rule, line: marked.replace('【', '').replace('】', ''), start, end, text, documentYear };
}
const explained = (c: Change) => explainingCriterion(c) !== undefined;

describe('fix-safety criteria', () => {
  it('half-width marks in Chinese text, not in figures or Latin text', () => {
    expect(explained(change('punctuation-width', '调整农业结构【,】必须坚持', '，'))).toBe(true);
    expect(explained(change('punctuation-width', '【(】1)在航行的时候', '（'))).toBe(true);
    expect(explained(change('punctuation-width', '投资1【,】000亿元', '，'))).toBe(false);
    expect(explained(change('punctuation-width', 'Word【,】 Excel', '，'))).toBe(false);
  });

  it('blanks: after an ordinal, beside a full-width mark, inside 第七十五条, splitting a word; not between two words of a sentence', () => {
    expect(explained(change('no-abnormal-whitespace', '（一）【 】向被征地的村民委员会支付', ''))).toBe(true);
    expect(explained(change('no-abnormal-whitespace', '依法检举、控告。【 】受理检举的部门', ''))).toBe(true);
    expect(explained(change('no-abnormal-whitespace', '第七十五【 】条体育运动船艇', ''))).toBe(true);
    expect(explained(change('no-abnormal-whitespace', '受国务院、中央【 】军事委员会委托', ''))).toBe(true);
    expect(explained(change('no-abnormal-whitespace', '超过总标准工作时间【 】就属于加班', ''))).toBe(false);
  });

  it('ordinals, Chinese years, percentage ranges, doubled marks', () => {
    expect(explained(change('heading-mark', '1【．】蔬菜、谷物的种植', '.'))).toBe(true);
    expect(explained(change('ordinal-punctuation', '1【、】新兴技术成果产业化项目', '.'))).toBe(true);
    expect(explained(change('ordinal-punctuation', '前款(一)【、】(三)项文件', ''))).toBe(false);
    expect(explained(change('year-zero', '自一九九【○】年起施行', '〇'))).toBe(true);
    expect(explained(change('year-zero', '成绩为【○】分', '〇'))).toBe(false);
    expect(explained(change('range-unit', '加计30【】—50%计算', '%'))).toBe(true);
    expect(explained(change('no-repeated-punctuation', '性能测试。【。】），我的基础', ''))).toBe(true);
  });

  it('variant forms only from the year of the dictionary entry on', () => {
    expect(explained(change('typo', '建立国库单一【帐】户体系', '账', 2008))).toBe(true);
    expect(explained(change('typo', '建立国库单一【帐】户体系', '账', 1995))).toBe(false);
  });

  it('covers a change only for its own rule', () => {
    expect(explained(change('de-di-de', '调整农业结构【,】必须坚持', '，'))).toBe(false);
  });
});
