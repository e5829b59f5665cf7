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
 * A line laid out in columns, such as a table header typed with spaces (「序号 单位 单位性质 联系人」)
 * or a row of figures (「1001元至50000元的部分 按4%－5%交纳」): no sentence punctuation, and several
 * spaces between Han characters, or cells that each hold a figure. There the spaces separate
 * columns; removing them would join the column names into words that were never written.
 */
function isColumnLayout(text: string, gaps: number): boolean {
  if (/[。，；：！？、]/.test(text)) return false;
  return gaps >= 2 || (gaps === 1 && text.trim().split(/[ \t\u3000\u00A0]+/).every((cell) => /\d/.test(cell)));
}

const NUMBER = '[零〇一二三四五六七八九十百千\\d]{1,8}';
/**
 * 「第二条　本市……」: a blank right after an article, chapter or section number that opens a
 * paragraph, or an item of a contents line (「第一章 总则 第二章 任免范围」), separates the number
 * from its text (the layout of laws and regulations); so does the blank before the next item.
 * 笫 is the usual misprint of 第 (a typo of its own): the blank after 「笫五十四条」 still separates.
 */
const ARTICLE_NUMBER = new RegExp(`(?:^|[ \\u3000])[第笫]${NUMBER}[条章节编]$`);
const NEXT_CHAPTER = new RegExp(`^第${NUMBER}[章节编][ \\u3000]`);
/** 「第一章 总 则」「附　则」: a two-character heading spaced out to the width of longer ones. */
const SPACED_HEADING = new RegExp(`^(?:第${NUMBER}[章节编][ \\u3000\\u00A0]*|[一二三四五六七八九十]+、)?\\p{Script=Han}[ \\t\\u3000\\u00A0]+\\p{Script=Han}$`, 'u');
/** 「2016年11月25日 北京市……通过」: a line opening with a date, then a blank — the date column of a law's history. */
const LEADING_DATE = /^\d{4}年\d{1,2}月\d{1,2}日$/;
/**
 * 「最高人民法院 最高人民检察院关于……」: the organs of a joint document are separated by a blank;
 * 「食品安全国家标准 果冻」: a standard's title separates its subtitle by a blank (GB/T 1.1).
 */
const ORGAN = '(?:院|部|委员会|委|局|署|厅|办公室|银行|政府)';
const ORGAN_BEFORE = new RegExp(`${ORGAN}$`);
const ORGAN_AFTER = new RegExp(`^\\p{Script=Han}{1,10}?${ORGAN}`, 'u');
const STANDARD_TITLE = /(?:国家|行业|地方|团体)标准$/;
/** 「……第五次会议修订　根据……修正」: the entries of a law's history note are separated by a blank. */
const HISTORY_ENTRY_END = /(?:通过|修订|修正|批准|公布|发布)$/;

/** A blank that separates parts of a line by a layout convention, not one typed by mistake. */
function isLayoutSeparator(text: string, first: number, start: number, end: number): boolean {
  const before = text.slice(first, start);
  const after = text.slice(end);
  return (
    ARTICLE_NUMBER.test(before) ||
    NEXT_CHAPTER.test(after) ||
    LEADING_DATE.test(before) ||
    (ORGAN_BEFORE.test(before) && ORGAN_AFTER.test(after)) ||
    STANDARD_TITLE.test(before) ||
    (HISTORY_ENTRY_END.test(before) && after.startsWith('根据'))
  );
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
      '段首“第二条”“第三章”等序号后的空格是条文序号与内容的分隔（法规的排版），不报告；目录行（「第一章 总则 第二章 任免范围」）中各项前后的空格同样不报。',
      '法规的排版惯例也不报：拉开排的两字标题（「第一章 总 则」「附　则」），题注中行首日期后的空格（「2016年11月25日 北京市……通过」），',
      '联合发文机关之间的空格（「最高人民法院 最高人民检察院关于……」），标准名称主副标题之间的空格（「食品安全国家标准 果冻」），',
      '题注中各次修改之间的空格（「……第五次会议修订　根据……修正」），',
      '以及每栏都有数字、没有句中标点的数字表行（「1001元至50000元的部分 按4%－5%交纳」）。',
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
        '第一章 总 则',
        '第八章\u3000附\u3000则',
        '第一章 总则 第二章 任免范围 第三章 任免程序',
        '2016年11月25日 北京市第十四届人民代表大会常务委员会第三十一次会议通过',
        '最高人民法院 最高人民检察院关于办理环境污染刑事案件适用法律若干问题的解释',
        '应当符合《食品安全国家标准 果冻》的要求。',
        '1001元至50000元的部分 按4%－5%交纳',
        '2012年11月29日浙江省第十一届人民代表大会常务委员会第三十六次会议修订　根据2017年9月30日浙江省第十二届人民代表大会常务委员会第四十四次会议修正',
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
          text: '受国务院、中央 军事委员会委托，前往授旗。',
          output: '受国务院、中央军事委员会委托，前往授旗。',
          errors: [{ messageId: 'spaceBetweenCjk', actual: ' ' }],
        },
        {
          text: '第七十五 条体育运动船艇的安全管理由体育部门负责。',
          output: '第七十五条体育运动船艇的安全管理由体育部门负责。',
          errors: [{ messageId: 'spaceBetweenCjk', actual: ' ' }],
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
        if (first < 0 || isPaddedName(text) || SPACED_HEADING.test(text.trim())) return;
        const last = text.length - text.trimEnd().length;
        const contentEnd = text.length - last;
        const gaps: Array<[number, number]> = [];
        for (const match of text.matchAll(RUN)) {
          const start = match.index;
          const end = start + match[0].length;
          if (start < first || end > contentEnd) continue; // indentation and trailing blanks: not inside text
          if (isLayoutSeparator(text, first, start, end)) continue;
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
