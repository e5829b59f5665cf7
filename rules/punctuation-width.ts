import { defineRule } from '../src/engine/rule.js';
import { CLOSING_MARKS, HAN_NUMERALS, isAsciiAlnum } from '../src/punctuation.js';
import { hasHan, isCjk, isHan } from '../src/source/text-kinds.js';
import type { Block } from '../src/types.js';

const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
const POINT_RUN = /[,;:?!]+/g;
/** 「一.」 at the start of a line: a Han-numeral 序次语 takes 顿号 (GB/T 15834-2011 B.2.2). */
const HAN_ORDINAL_BEFORE = new RegExp(`^\\s*[${HAN_NUMERALS}]+$`);
/** The longest ordinal before a dot that the two patterns below look for (「二十三」, 「（十二）」). */
const ORDINAL_MAX_CHARS = 8;
/** 「（一）.」: the dot is dropped by rule `ordinal-punctuation` (B.2.4), not made a 句号. */
const BRACKETED_ORDINAL_BEFORE = /^\s*[（(][^）)]{1,3}[）)]$/;

export default defineRule({
  meta: {
    id: 'punctuation-width',
    title: '中文标点全角',
    category: 'punctuation',
    description: '中文语境中的半角标点 , . ; : ? ! ( ) " \' 应为全角（，。；：？！（）“”‘’）。',
    docs: [
      'GB/T 15834-2011 第 5 章（标点符号的位置和书写形式）：中文文本使用全角标点，每个标点占一个字位置；',
      '引号（4.8）的形式是“”‘’，括号（4.9）是（）。',
      '只在标点紧挨着中文（汉字或全角标点）时报告：数字中的 3.5、1,000、时间 10:30、比例 3:2、英文短语和网址（已屏蔽）不报。',
      '半角句点只在汉字或后引号、后括号之后且后面不是字母数字时改为句号；「1.」这类阿拉伯数字序次语用下脚点，合乎 B.2.3，不报；',
      '行首「一.」改为「一、」（B.2.2）。半角括号按位置配对，括号内有汉字或括号紧挨中文时改为全角。',
      '直引号按出现顺序两两配对，奇数为开、偶数为闭，改为“”或‘’；一段中直引号个数为奇数时无法确定配对，只报告不修复。',
      '英文单词中的撇号（don\'t）不报。',
    ].join('\n'),
    severity: 'error',
    fixable: 'safe',
    messages: {
      halfWidth: '中文语境中使用了半角标点「{{actual}}」，应为「{{expected}}」',
      unpairedQuote: '中文语境中使用了半角引号「{{actual}}」，且无法配对，应改为全角引号',
    },
    examples: {
      valid: [
        '国内生产总值增长5.2%，达到126万亿元。',
        '全年完成投资1,000亿元，比例为3:2。',
        '会议于10:30开始。',
        '1.坚持稳中求进工作总基调。',
        '使用 Microsoft Word, Excel 和 WPS Office 编辑文稿。',
        '国家发展改革委（National Development and Reform Commission）发布通知。',
        '学习《习近平著作选读》，把握“十个明确”的精髓要义。',
        '他说 "Hello world" 就走了。',
        '签署 China\'s first 协议文本。',
        'Official documents (公文) use the format "词 词性" per line.',
        '文件名为report.docx，版本为V2.0，比例尺为1:1000。',
      ],
      invalid: [
        {
          text: '经济跨上新台阶.2007年，国内生产总值达到24.7万亿元.',
          output: '经济跨上新台阶。2007年，国内生产总值达到24.7万亿元。',
          errors: [
            { messageId: 'halfWidth', actual: '.' },
            { messageId: 'halfWidth', actual: '.' },
          ],
        },
        {
          text: '调整农业结构,必须坚持以市场需求为导向.',
          output: '调整农业结构，必须坚持以市场需求为导向。',
          errors: [
            { messageId: 'halfWidth', actual: ',' },
            { messageId: 'halfWidth', actual: '.' },
          ],
        },
        {
          text: '各位代表!',
          output: '各位代表！',
          errors: [{ messageId: 'halfWidth', actual: '!' }],
        },
        {
          text: '主要任务有三项:一是稳增长;二是调结构?!',
          output: '主要任务有三项：一是稳增长；二是调结构？！',
          errors: [
            { messageId: 'halfWidth', actual: ':' },
            { messageId: 'halfWidth', actual: ';' },
            { messageId: 'halfWidth', actual: '?!' },
          ],
        },
        {
          text: '国家公务员特别是县(处)级以上领导干部。',
          output: '国家公务员特别是县（处）级以上领导干部。',
          errors: [
            { messageId: 'halfWidth', actual: '(' },
            { messageId: 'halfWidth', actual: ')' },
          ],
        },
        {
          text: '加强"三河三湖"等重点流域治理，做到\'四个不摘\'。',
          output: '加强“三河三湖”等重点流域治理，做到‘四个不摘’。',
          errors: [
            { messageId: 'halfWidth', actual: '"' },
            { messageId: 'halfWidth', actual: '"' },
            { messageId: 'halfWidth', actual: "'" },
            { messageId: 'halfWidth', actual: "'" },
          ],
        },
        {
          text: '一.坚持思想铸魂',
          output: '一、坚持思想铸魂',
          errors: [{ messageId: 'halfWidth', actual: '.' }],
        },
        {
          text: '督促班子成员认真履行"一岗双责。',
          errors: [{ messageId: 'unpairedQuote', actual: '"' }],
        },
      ],
    },
  },
  create(context) {
    const report = (block: Block, start: number, end: number, expected: string) =>
      context.report({ block, range: [start, end], messageId: 'halfWidth', fix: { text: expected } });

    function checkPoints(block: Block): void {
      const { text } = block;
      for (const match of text.matchAll(POINT_RUN)) {
        const start = match.index;
        const end = start + match[0].length;
        if (!chineseAround(text[start - 1], text[end])) continue;
        report(block, start, end, [...match[0]].map((c) => FULL_WIDTH[c]).join(''));
      }
    }

    /** A lone full stop after Han or a closing mark, not inside a number, abbreviation or ellipsis. */
    function checkFullStops(block: Block): void {
      const { text } = block;
      // Only a dot near the start can follow an ordinal: the text before it is tested once it is
      // short, not at every dot (a slice per dot made a long line quadratic).
      const opening = text.length - text.trimStart().length + ORDINAL_MAX_CHARS;
      for (let i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
        const before = text[i - 1];
        const after = text[i + 1];
        if (after === '.' || before === '.' || /[A-Za-z]/.test(after ?? '')) continue;
        if (!isHan(before) && !CLOSING_MARKS.includes(before ?? '')) continue; // 3.5, 1.坚持, U.S.
        const start = i <= opening ? text.slice(0, i) : '';
        if (BRACKETED_ORDINAL_BEFORE.test(start)) continue;
        report(block, i, i + 1, HAN_ORDINAL_BEFORE.test(start) ? '、' : '。');
      }
    }

    /** Half-width parentheses, paired by position, in Chinese context. */
    function checkParentheses(block: Block): void {
      const { text } = block;
      if (!text.includes('(') && !text.includes(')')) return; // most blocks: no per-character walk
      const open: number[] = [];
      const flagged = new Set<number>();
      for (let i = 0; i < text.length; i++) {
        if (text[i] === '(') open.push(i);
        else if (text[i] === ')') {
          const start = open.pop();
          if (start === undefined) {
            if (chineseAround(text[i - 1], text[i + 1])) flagged.add(i);
          } else if (chinesePair(text, start, i)) {
            flagged.add(start).add(i);
          }
        }
      }
      for (const start of open) if (chineseAround(text[start - 1], text[start + 1])) flagged.add(start);
      for (const i of [...flagged].sort((a, b) => a - b)) report(block, i, i + 1, FULL_WIDTH[text[i]]);
    }

    /** Straight quotes, paired by position: first opens, second closes. */
    function checkQuotes(block: Block, straight: string, opener: string, closer: string): void {
      const { text } = block;
      const positions: number[] = [];
      for (let i = text.indexOf(straight); i >= 0; i = text.indexOf(straight, i + 1)) {
        if (straight === "'" && isAsciiAlnum(text[i - 1]) && isAsciiAlnum(text[i + 1])) continue; // don't
        positions.push(i);
      }
      if (positions.length % 2 === 1) {
        for (const i of positions) {
          if (chineseAround(text[i - 1], text[i + 1])) context.report({ block, range: [i, i + 1], messageId: 'unpairedQuote' });
        }
        return;
      }
      for (let k = 0; k < positions.length; k += 2) {
        const [start, end] = [positions[k], positions[k + 1]];
        if (!chinesePair(text, start, end)) continue;
        report(block, start, start + 1, opener);
        report(block, end, end + 1, closer);
      }
    }

    return {
      block(block) {
        checkPoints(block);
        checkFullStops(block);
        checkParentheses(block);
        checkQuotes(block, '"', '“', '”');
        checkQuotes(block, "'", '‘', '’');
      },
    };
  },
});

/**
 * Chinese context for a half-width mark: Han on one side, or CJK punctuation before it and
 * CJK or the end of the line after it (「」, e.g.」 in an English sentence is not).
 */
function chineseAround(before: string | undefined, after: string | undefined): boolean {
  return isHan(before) || isHan(after) || (isCjk(before) && (after === undefined || isCjk(after)));
}

/**
 * A pair of half-width brackets or quotes in Chinese context: Chinese around it, or Han inside it
 * with no space or ASCII outside (「documents (公文).」 is an English sentence).
 */
function chinesePair(text: string, open: number, close: number): boolean {
  const [before, after] = [text[open - 1], text[close + 1]];
  if (chineseAround(before, after)) return true;
  const englishOutside = (char: string | undefined) => char !== undefined && /[\s\x21-\x7E]/.test(char);
  return hasHan(text.slice(open + 1, close)) && !englishOutside(before) && !englishOutside(after);
}
