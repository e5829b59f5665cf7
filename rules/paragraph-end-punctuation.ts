import { defineRule } from '../src/engine/rule.js';
import { CLAUSE_MARKS, CLOSING_MARKS, HAN_NUMERALS, PAIRS, SENTENCE_END_MARKS } from '../src/punctuation.js';
import { OBJECT_REPLACEMENT, type Block } from '../src/types.js';

/**
 * What a paragraph may end with: a 句末点号, an ellipsis or dash, a closing mark, ：； before an
 * enumeration. Half-width ?!. are rule `punctuation-width`'s; an opener means the line was broken;
 * masked content (a URL, code) cannot be judged.
 */
const ENDINGS = new Set([
  ...SENTENCE_END_MARKS,
  '…',
  '—',
  ...CLOSING_MARKS,
  '：',
  '；',
  '?',
  '!',
  '.',
  ...Object.keys(PAIRS),
  OBJECT_REPLACEMENT,
]);
/** A sentence-end mark inside the paragraph: it is prose, not a heading, title, date or name. */
const HAS_SENTENCE = new RegExp(`[${SENTENCE_END_MARKS}]`);
const MIN_LENGTH = 10;
/** A line that goes on with the previous one: it starts with a closing mark, a 点号, a letter or
 * digit, or 的 (no sentence starts with it). */
const CONTINUES = new RegExp(`^\\s*[${CLOSING_MARKS}${CLAUSE_MARKS}${SENTENCE_END_MARKS}A-Za-z0-9的]`);
/** A short line without punctuation that is no numbered heading: a fragment of a broken line. */
const FRAGMENT = /^[^，、；：。？！]*$/;
const NUMBERED = new RegExp(`^\\s*(?:[${HAN_NUMERALS}]+、|[（(][${HAN_NUMERALS}0-9]+[）)]|[0-9]+[.．、]|第[${HAN_NUMERALS}]+)`);
/** More unfinished paragraphs than this share means the text is hard-wrapped, not wrong. */
const HARD_WRAP_SHARE = 0.2;

export default defineRule({
  meta: {
    id: 'paragraph-end-punctuation',
    title: '段末标点',
    category: 'punctuation',
    description: '成段的正文应以句末点号（。？！）、省略号或后引号、后括号等结束。',
    docs: [
      'GB/T 15834-2011 4.1–4.3：句子末尾用句末点号。一段正文最后一句缺少句末点号，多为漏打或误删。',
      '只检查“成段的正文”：段内已有句末点号（说明是由句子组成的段落），且最后一个字不是标点。',
      '标题（Markdown 标题，以及「一、坚持思想铸魂，扎实推进…」这类不带句末点号的公文标题行，见 B.3 标题末尾通常不用标点）、',
      '列表项、表格单元格、署名和日期行（「2023年12月31日」）、短行都不检查；以冒号、分号结束的段落（引出下文的列举）不报。',
      '纯文本按行分段，若许多行都停在句子中间，说明是硬折行的文本，整篇不报。',
      '无法确定应补哪个点号，只给出补句号的建议。',
    ].join('\n'),
    severity: 'warn',
    fixable: 'suggest',
    messages: {
      missing: '段落末尾「{{actual}}」后缺少句末点号，应补上（如「。」）',
      clauseMarkEnd: '段落以句内点号「{{actual}}」结束，应改为句末点号（如「。」）',
      suggestFullStop: '补上句号',
    },
    examples: {
      valid: [
        '（一）组织推动有力有效。坚持把主题教育作为首要政治任务，认真学习研究中央决策部署。',
        '一、坚持思想铸魂，扎实推进习近平新时代中国特色社会主义思想',
        '2023年12月31日',
        '主要做法是：',
        '详细内容见。具体请访问 https://www.gov.cn/zhengce',
        { text: '会议指出：“要坚持党的全面领导。各单位要认真贯彻落实。”', markdown: false },
        { text: '各位代表！\n现在，我代表国务院，向大会报告政府工作，请予审议。', markdown: false },
      ],
      invalid: [
        {
          text: '（一）组织推动有力有效。坚持把主题教育作为首要政治任务，认真学习研究中央决策部署',
          markdown: false,
          errors: [
            {
              messageId: 'missing',
              actual: '署',
              suggestions: ['（一）组织推动有力有效。坚持把主题教育作为首要政治任务，认真学习研究中央决策部署。'],
            },
          ],
        },
        {
          text: '全面落实市委各项决策部署。相关工作多次得到市委市政府领导同志批示肯定，',
          markdown: false,
          errors: [
            {
              messageId: 'clauseMarkEnd',
              actual: '，',
              suggestions: ['全面落实市委各项决策部署。相关工作多次得到市委市政府领导同志批示肯定。'],
            },
          ],
        },
      ],
    },
  },
  create(context) {
    const prose: Block[] = [];
    const unfinished: Block[] = [];
    return {
      paragraph(block) {
        const text = block.text.trimEnd();
        if (text.trim().length < MIN_LENGTH || !HAS_SENTENCE.test(text.slice(0, -1))) return;
        prose.push(block);
        if (!ENDINGS.has(text.at(-1)!)) unfinished.push(block);
      },
      documentEnd(blocks) {
        if (unfinished.length >= 3 && unfinished.length > prose.length * HARD_WRAP_SHARE) return;
        for (const block of unfinished) {
          const index = blocks.indexOf(block);
          const next = blocks[index + 1];
          if (next && continuesLine(next.text, blocks[index + 2]?.text)) continue;
          const end = block.text.trimEnd().length;
          const last = block.text[end - 1];
          const clauseMark = CLAUSE_MARKS.includes(last);
          context.report({
            block,
            range: [end - 1, end],
            messageId: clauseMark ? 'clauseMarkEnd' : 'missing',
            suggest: [{ text: clauseMark ? '。' : `${last}。`, messageId: 'suggestFullStop' }],
          });
        }
      },
    };
  },
});

/**
 * The next block carries on the sentence: the line was broken, not left unfinished. Either it
 * starts as a continuation, or it is itself a piece without a sentence end that a continuation
 * or a clause mark ends, or it is a short fragment that is no numbered heading.
 */
function continuesLine(next: string, afterNext: string | undefined): boolean {
  if (CONTINUES.test(next)) return true;
  const trimmed = next.trim();
  if (!HAS_SENTENCE.test(trimmed)) {
    if (CLAUSE_MARKS.includes(trimmed.at(-1) ?? '')) return true;
    if (afterNext !== undefined && CONTINUES.test(afterNext)) return true;
  }
  return trimmed.length < MIN_LENGTH && FRAGMENT.test(trimmed) && !NUMBERED.test(trimmed);
}
