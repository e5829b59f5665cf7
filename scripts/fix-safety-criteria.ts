/**
 * Classes of genuine errors in the clean texts of the fix-safety report (scripts/eval-grammar.ts),
 * each with the clause of the standard that makes it an error and a test precise enough to tell it
 * from a neighbouring correct form. A change an automatic fix makes on clean text is explained when
 * a proofreader adjudicated it one by one (fixtures/corpus-adjudications.yml) or when it falls in
 * one of these classes; every other change is printed as unexplained. A class covers changes of one
 * rule only, and only the form its test describes — never all fixes of the rule.
 */
import { loadDictionary } from '../src/dict/load.js';
import type { SubstitutionEntry } from '../src/dict/types.js';
import { tag } from '../src/nlp/jieba.js';
import { UNKNOWN_TAG } from '../src/nlp/tokens.js';
import { isHan } from '../src/source/text-kinds.js';

/** One change of an automatic fix: `line[start, end)` becomes `text`. */
export interface Change {
  rule: string;
  line: string;
  start: number;
  end: number;
  text: string;
  /** The year the document speaks from (src/document-date.ts), if it names one. */
  documentYear: number | undefined;
}

export interface Criterion {
  rule: string;
  /** What the class is, in Chinese, with the standard that makes it an error. */
  name: string;
  covers(change: Change): boolean;
}

/** Full-width punctuation of Chinese text (GB/T 15834—2011 第 5 章). */
const CJK_MARKS = '，。、；：？！“”‘’（）《》〈〉【】〔〕…—';
const FULL_WIDTH_OF: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
const BLANKS = /^[ \t\u00A0\u3000]+$/;
const INVISIBLE = /^[\u200B-\u200D\u2060\uFEFF]+$/;
const LINE_ORDINAL = /^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．])$/;
/** A title line: Han characters, one blank, ending with the kind of document. */
const TITLE_LINE = /^\p{Script=Han}+[ \u3000]\p{Script=Han}+(?:规定|条例|办法|细则|决定|规则|意见|通知)$/u;
const CHINESE_YEAR = /[〇○零一二三四五六七八九]{4}(?=年)/g;

const removed = (c: Change) => c.line.slice(c.start, c.end);
const before = (c: Change) => c.line.slice(0, c.start);
const after = (c: Change) => c.line.slice(c.end);
const chinese = (char: string | undefined) => char !== undefined && (isHan(char) || CJK_MARKS.includes(char));
const deletesBlank = (c: Change) => c.text === '' && BLANKS.test(removed(c));

const touchesChinese = (line: string, at: number | undefined) => at !== undefined && (chinese(line[at - 1]) || chinese(line[at + 1]));

/** The other bracket of a half-width pair on the line (「(1)在航行」: the ) of the (), and back). */
function bracketPartner(line: string, at: number): number | undefined {
  if (line[at] === '(') {
    const close = line.indexOf(')', at);
    return close < 0 ? undefined : close;
  }
  if (line[at] === ')') {
    const open = line.lastIndexOf('(', at);
    return open < 0 ? undefined : open;
  }
  return undefined;
}

/** True when deleting the change's blank joins the two sides into one dictionary word (中央 军事委员会). */
function blankSplitsWord(c: Change): boolean {
  const joined = before(c) + after(c);
  const at = c.start;
  return tag(joined).some((t) => t.tag !== UNKNOWN_TAG && t.end - t.start >= 2 && t.start < at && t.end > at);
}

/** Entries of the typo dictionary that normalise a variant form from a year on (异形词). */
let datedVariants: SubstitutionEntry[] | undefined;
function variantEntry(c: Change): SubstitutionEntry | undefined {
  datedVariants ??= loadDictionary('typos').entries.filter((entry) => typeof entry.validFrom === 'number');
  return datedVariants.find((entry) => {
    const right = entry.right[0];
    // The fix rewrites the entry's wrong form, at this place, into its right form.
    for (let from = Math.max(0, c.start - entry.wrong.length); from <= c.start; from++) {
      if (c.line.startsWith(entry.wrong, from)) {
        const rewritten = c.line.slice(0, c.start) + c.text + c.line.slice(c.end);
        if (rewritten.startsWith(right, from)) return true;
      }
    }
    return false;
  });
}

export const GENUINE_ERROR_CRITERIA: readonly Criterion[] = [
  {
    rule: 'punctuation-width',
    name: '紧挨汉字或全角标点的半角 , ; : ? ! ( ) 改为全角，括号看成对的两个中任一个（GB/T 15834—2011 第5章：中文文本用全角标点）',
    covers: (c) => FULL_WIDTH_OF[removed(c)] === c.text && (touchesChinese(c.line, c.start) || touchesChinese(c.line, bracketPartner(c.line, c.start))),
  },
  {
    rule: 'no-abnormal-whitespace',
    name: '行首序次语（（一）一、1.）后的空格（GB/T 15834—2011 附录B.2：序次语后紧接文字）',
    covers: (c) => deletesBlank(c) && LINE_ORDINAL.test(before(c)),
  },
  {
    rule: 'no-abnormal-whitespace',
    name: '全角标点前后的空格（GB/T 15834—2011 5.1：标点占一个字位置，前后不另留空）',
    covers: (c) => deletesBlank(c) && (CJK_MARKS.includes(c.line[c.start - 1] ?? '') || CJK_MARKS.includes(c.line[c.end] ?? '')),
  },
  {
    rule: 'no-abnormal-whitespace',
    name: '拆开「第七十五条」这类条文序号的空格',
    covers: (c) => deletesBlank(c) && /第[零〇一二三四五六七八九十百千\d]+$/.test(before(c)) && /^[条章节款项编]/.test(after(c)),
  },
  {
    rule: 'no-abnormal-whitespace',
    name: '拆开一个词典词的空格（中央 军事委员会）',
    covers: (c) => deletesBlank(c) && isHan(c.line[c.start - 1]) && isHan(c.line[c.end]) && blankSplitsWord(c),
  },
  {
    rule: 'no-abnormal-whitespace',
    name: '标题行（无标点，以规定、条例、办法等结尾）中间的一个空格：回行留下的空格（GB/T 9704—2012 7.3.3：标题回行不加空格）',
    covers: (c) => deletesBlank(c) && isHan(c.line[c.start - 1]) && isHan(c.line[c.end]) && TITLE_LINE.test(c.line.trim()),
  },
  {
    rule: 'no-abnormal-whitespace',
    name: '零宽字符（不可见，删去后文字不变）',
    covers: (c) => c.text === '' && INVISIBLE.test(removed(c)),
  },
  {
    rule: 'no-abnormal-whitespace',
    name: '不换行空格改为普通空格（可见文字不变）',
    covers: (c) => removed(c) === '\u00A0' && c.text === ' ',
  },
  {
    rule: 'heading-mark',
    name: '行首阿拉伯数字序次语后的全角点「1．」改为下脚点「1.」（GB/T 15834—2011 B.2.3）',
    covers: (c) => removed(c) === '．' && c.text === '.' && /^\s*\d{1,2}$/.test(before(c)) && isHan(c.line[c.end]),
  },
  {
    rule: 'ordinal-punctuation',
    name: '行首阿拉伯数字序次语后的顿号「1、」改为下脚点「1.」（GB/T 15834—2011 B.2.3）',
    covers: (c) => removed(c) === '、' && c.text === '.' && /^\s*\d{1,2}$/.test(before(c)) && isHan(c.line[c.end]),
  },
  {
    rule: 'year-zero',
    name: '汉字年份中的零写作○（几何图形）或「零」，改为〇（GB/T 15835—2011 5.2.5：二〇一二）',
    covers: (c) =>
      /^[○零]+$/.test(removed(c)) &&
      /^〇+$/.test(c.text) &&
      [...c.line.matchAll(CHINESE_YEAR)].some((m) => m.index <= c.start && c.end <= m.index + m[0].length),
  },
  {
    rule: 'range-unit',
    name: '百分数范围前一个数省略了百分号（GB/T 15835—2011 5.1.3：15%～30%，不写为15～30%）',
    covers: (c) => removed(c) === '' && c.text === '%' && /\d$/.test(before(c)) && /^[—～~－-]\d+(?:\.\d+)?%/.test(after(c)),
  },
  {
    rule: 'no-repeated-punctuation',
    name: '同一个点号紧挨着重复（。。，，），删去一个（GB/T 15834—2011 4.1–4.7）',
    covers: (c) => c.text === '' && removed(c).length === 1 && '，、；：。'.includes(removed(c)) && (c.line[c.start - 1] === removed(c) || c.line[c.end] === removed(c)),
  },
  {
    rule: 'typo',
    name: '异形词的非推荐形式（帐户→账户、成份→成分、签定→签订），文件年份（未写年份的按当前）不早于词典条目的 validFrom（《第一批异形词整理表》2002 年起试行，现汉）',
    covers: (c) => {
      const entry = variantEntry(c);
      // An undated document is read as written now, as the rule reads it.
      return entry !== undefined && (c.documentYear === undefined || c.documentYear >= (entry.validFrom as number));
    },
  },
];

/** The criterion that explains a change, if one does. */
export function explainingCriterion(change: Change): Criterion | undefined {
  return GENUINE_ERROR_CRITERIA.find((criterion) => criterion.rule === change.rule && criterion.covers(change));
}
