import { defineRule } from '../src/engine/rule.js';
import { isCjk, isHan } from '../src/source/text-kinds.js';

/** Spaces that have no place inside a line of 公文 prose, with their Chinese names. */
const SPECIAL_SPACES: Record<string, string> = {
  '\u00A0': '不换行空格（U+00A0）',
  '\u3000': '全角空格（U+3000）',
  '\u200B': '零宽空格（U+200B）',
  '\u200C': '零宽不连字（U+200C）',
  '\u200D': '零宽连字（U+200D）',
  '\u2060': '零宽不换行空格（U+2060）',
  '\uFEFF': '零宽不换行空格（U+FEFF）',
  '\u2002': '半角空格（U+2002）',
  '\u2003': '全身空格（U+2003）',
  '\u2009': '窄空格（U+2009）',
  '\u202F': '窄不换行空格（U+202F）',
  '\u205F': '数学空格（U+205F）',
};
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/;
const RUN = /[\u00A0\u3000\u200B-\u200D\u2060\uFEFF\u2002\u2003\u2009\u202F\u205F]+|[ \t]+/g;

/**
 * A signature line such as 「李　强」: a short run of Han characters padded with U+3000 so that
 * names of two and three characters line up. A typesetting convention, not an error.
 */
function isPaddedName(text: string): boolean {
  return /^[\u4e00-\u9fff](?:\u3000+[\u4e00-\u9fff]){1,2}$/.test(text.trim());
}

/** A zero-width joiner inside an emoji sequence (👨‍👩‍👧): part of the character, not a space. */
function isEmojiJoiner(text: string, start: number, end: number): boolean {
  return (
    text.slice(start, end) === '\u200D' &&
    /\p{Extended_Pictographic}[\u{FE0F}\u{1F3FB}-\u{1F3FF}]?$/u.test(text.slice(Math.max(0, start - 4), start)) &&
    /^\p{Extended_Pictographic}/u.test(text.slice(end, end + 2))
  );
}

/**
 * A line laid out in columns, such as a table header typed with spaces (「序号 单位 单位性质 联系人」):
 * several spaces between Han characters and no sentence punctuation. There the spaces separate
 * columns; removing them would join the column names into words that were never written.
 */
function isColumnLayout(text: string, gaps: number): boolean {
  return gaps >= 2 && !/[。，；：！？、]/.test(text);
}

/**
 * 「第二条　本市……」: a blank right after an article, chapter or section number that opens a
 * paragraph separates the number from its text (the layout of laws and regulations).
 */
const ARTICLE_NUMBER = /^第[零〇一二三四五六七八九十百千\d]{1,8}[条章节编]$/;
function isArticleSeparator(text: string, first: number, start: number): boolean {
  return start - first <= 10 && ARTICLE_NUMBER.test(text.slice(first, start));
}

export default defineRule({
  meta: {
    id: 'no-abnormal-whitespace',
    title: '异常空白',
    category: 'whitespace',
    description: '正文行内的不换行空格、全角空格、零宽字符，以及两个汉字（或中文标点）之间的半角空格。',
    docs: [
      '公文正文中汉字之间不留空格（GB/T 9704-2012 的排版要求；从网页、PDF 复制时常混入不换行空格和零宽字符）。',
      '行首的缩进和行尾的空白不归本规则检查。两个或三个字的人名用全角空格对齐（「李　强」）是署名的排版惯例，不报告。',
      '一行中汉字之间有两处以上空格且没有句中标点时，是用空格分栏的表头或名单（「序号 单位 单位性质 联系人」），空格是分隔符，不报告。',
      '表情符号序列中的零宽连字（👨‍👩‍👧）是字符的一部分，不报告。',
      '段首“第二条”“第三章”等序号后的空格是条文序号与内容的分隔（法规的排版），不报告。',
      '修复：在中文之间时删除；其他位置改为普通空格；零宽字符一律删除。',
    ].join('\n'),
    severity: 'error',
    fixable: 'safe',
    messages: {
      special: '正文中有{{name}}，应{{action}}',
      spaceBetweenCjk: '汉字之间不应有空格，应删除',
    },
    examples: {
      valid: [
        '（一）组织推动有力有效。',
        '开展“清风微课堂”“纪法每日测”活动。',
        '使用 WPS Office 编辑文稿。',
        '李　强',
        '　　各单位要高度重视。',
        '序号 单位 单位性质 联系人',
        '开展“最美家庭👨\u200D👩\u200D👧”评选活动。',
        '第二条 本市行政区域内中小学校的校外实践教育适用本规定。',
        '第三章\u3000监督管理',
      ],
      invalid: [
        {
          text: '（一）\u00A0组织推动有力有效。',
          output: '（一）组织推动有力有效。',
          errors: [{ messageId: 'special', actual: '\u00A0' }],
        },
        {
          text: '开展“清风微课堂 纪法每日测”，实现以考促学。',
          output: '开展“清风微课堂纪法每日测”，实现以考促学。',
          errors: [{ messageId: 'spaceBetweenCjk', actual: ' ' }],
        },
        {
          text: '全面\u200B从严治党。',
          output: '全面从严治党。',
          errors: [{ messageId: 'special', actual: '\u200B' }],
        },
        {
          text: '党组书记\u3000亲自部署。',
          output: '党组书记亲自部署。',
          errors: [{ messageId: 'special', actual: '\u3000' }],
        },
        {
          text: 'Microsoft\u00A0Word 文档。',
          output: 'Microsoft Word 文档。',
          errors: [{ messageId: 'special', actual: '\u00A0' }],
        },
        {
          text: '会议由市长 市长助理主持。',
          output: '会议由市长市长助理主持。',
          errors: [{ messageId: 'spaceBetweenCjk', actual: ' ' }],
        },
      ],
    },
  },
  create(context) {
    return {
      block(block) {
        const { text } = block;
        const first = text.search(/[^\s\u00A0\u3000\uFEFF]/);
        if (first < 0 || isPaddedName(text)) return;
        const last = text.length - text.trimEnd().length;
        const contentEnd = text.length - last;
        const gaps: Array<[number, number]> = [];
        for (const match of text.matchAll(RUN)) {
          const start = match.index;
          const end = start + match[0].length;
          if (start < first || end > contentEnd) continue; // indentation and trailing blanks: not inside text
          if (isArticleSeparator(text, first, start)) continue;
          const before = text[start - 1];
          const after = text[end];
          const betweenCjk = isCjk(before) && isCjk(after);
          const special = match[0].split('').find((unit) => unit in SPECIAL_SPACES);
          if (!special) {
            if (betweenCjk && (isHan(before) || isHan(after))) gaps.push([start, end]);
            continue;
          }
          if (isEmojiJoiner(text, start, end)) continue;
          const remove = betweenCjk || ZERO_WIDTH.test(match[0]);
          context.report({
            block,
            range: [start, end],
            messageId: 'special',
            data: { name: SPECIAL_SPACES[special], action: remove ? '删除' : '改为普通空格' },
            fix: { text: remove ? '' : ' ' },
          });
        }
        if (isColumnLayout(text, gaps.length)) return;
        for (const range of gaps) context.report({ block, range, messageId: 'spaceBetweenCjk', fix: { text: '' } });
      },
    };
  },
});
