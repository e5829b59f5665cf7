import { defineRule } from '../src/engine/rule.js';
import { OPENER_OF, PAIRS, QUOTE_OPENERS, isAsciiAlnum } from '../src/punctuation.js';
import type { Block } from '../src/types.js';

interface Mark {
  block: Block;
  index: number;
  char: string;
}

interface BlockPairs {
  /** Openers still open at the end of the block, outermost first. */
  unclosed: Mark[];
  /** Closers with no opener in the block, in order. */
  stray: Mark[];
}

/** The inner level of a quotation or title nested in one of its own kind (4.8.3, 4.15.3). */
const INNER_FORM: Record<string, string> = { '“': '‘’', '‘': '“”', '《': '〈〉' };

const PAIRED_MARK = new RegExp(`[${Object.entries(PAIRS).flat().join('')}]`, 'g');

/** How many following blocks may hold the other half of a pair split by line breaks. */
const SPLIT_PAIR_REACH = 2;

/**
 * 「1）」「a）」 at the start of a line: a 序次语 with a half bracket, a common style, not a lost
 * pair. 「一）」 is reported: 公文 number Han ordinals 一、 or （一） (GB/T 9704-2012 7.3.3).
 */
const ORDINAL_HALF_BRACKET = /^\s*(?:[0-9０-９]{1,2}|[a-zA-Z])[）〕］]/;

export default defineRule({
  meta: {
    id: 'paired-punctuation',
    title: '成对标号',
    category: 'punctuation',
    description: '引号“”‘’、书名号《》〈〉、括号（）【】〔〕等成对标号缺前半或后半、交叉嵌套，或同类套用未换层。',
    docs: [
      'GB/T 15834-2011 4.8（引号）、4.9（括号）、4.15（书名号）：成对标号前后配对，可以嵌套而不能交叉。',
      '引号里面还要用引号时，外层用双引号，里层用单引号（4.8.3）；书名号里边还要用书名号时，里层用单书名号（4.15.3）：',
      '这两种换层可以自动修复。',
      '在一段（Markdown 块、纯文本的一行）之内检查配对。两种跨段的情况不报：多段引文每段开头用前引号、只在最后一段末尾用后引号',
      '（4.8.3），即一段的引号未闭合而下一段以同一前引号开头；以及一对标号被折行分在相邻的两三行（「根据《」「著作权法」「》第五条」：前一行未闭合，随后一两行多出对应的后半）。',
      '行首「1）」「a）」这类半括号序次语不算缺前半；「一）」要报告（公文结构层次序数用「一、」「（一）」，GB/T 9704-2012 7.3.3）。',
    ].join('\n'),
    severity: 'error',
    fixable: 'safe',
    messages: {
      unclosed: '「{{actual}}」没有配对的「{{partner}}」，应补上「{{partner}}」或删去「{{actual}}」',
      unmatchedClose: '「{{actual}}」前面没有配对的「{{partner}}」，应补上「{{partner}}」或删去「{{actual}}」',
      crossed: '「{{actual}}」之前的「{{inner}}」尚未闭合，标号交叉嵌套，应先用「{{innerClose}}」闭合',
      nestedSame: '「{{outer}}」里面又用「{{outer}}」，里层应为「{{inner}}」',
    },
    examples: {
      valid: [
        '学习《习近平著作选读》《习近平新时代中国特色社会主义思想专题摘编》等必读书目。',
        '他说：“我们要牢记‘两个务必’。”',
        '关于贯彻《国务院关于印发〈质量发展纲要〉的通知》的意见。',
        '（一）组织推动有力有效。',
        '1）坚持稳中求进工作总基调。',
        '参阅 China’s Economy 一书。',
        { text: '会议指出：“第一，要坚持党的全面领导。\n“第二，要坚持以人民为中心。”', markdown: false },
        { text: '根据《\n中华人民共和国著作权法\n》第五条第一项的规定。', markdown: false },
      ],
      invalid: [
        {
          text: '一）采取果断措施，集中力量抗击疫情。',
          errors: [{ messageId: 'unmatchedClose', actual: '）' }],
        },
        {
          text: '督促班子成员认真履行“一岗双责，加强指导。',
          errors: [{ messageId: 'unclosed', actual: '“' }],
        },
        {
          text: '开展清风微课堂”活动。',
          errors: [{ messageId: 'unmatchedClose', actual: '”' }],
        },
        {
          text: '学习“《习近平著作选读”》等书目。',
          errors: [{ messageId: 'crossed', actual: '”' }],
        },
        {
          text: '他说：“我们要牢记“两个务必”。”',
          output: '他说：“我们要牢记‘两个务必’。”',
          errors: [{ messageId: 'nestedSame', actual: '“两个务必”' }],
        },
        {
          text: '学习《关于印发《质量发展纲要》的通知》。',
          output: '学习《关于印发〈质量发展纲要〉的通知》。',
          errors: [{ messageId: 'nestedSame', actual: '《质量发展纲要》' }],
        },
        {
          text: '会议指出：“要坚持党的全面领导。\n各单位要认真贯彻落实。',
          markdown: false,
          errors: [{ messageId: 'unclosed', actual: '“' }],
        },
      ],
    },
  },
  create(context) {
    const pairsOf = new Map<Block, BlockPairs>();

    function scan(block: Block): void {
      const { text } = block;
      const stack: Mark[] = [];
      /** Openers skipped over by a crossing closer: their own closer later is not stray. */
      const crossed: Mark[] = [];
      const stray: Mark[] = [];
      /** Same-kind pairs nested directly (“…“…”…”): fixed only when the block is otherwise balanced. */
      const nested: Array<[number, number]> = [];
      let balanced = true;
      const ordinal = text.match(ORDINAL_HALF_BRACKET);
      const ordinalBracket = ordinal ? ordinal[0].length - 1 : -1;
      for (const match of text.matchAll(PAIRED_MARK)) {
        const { index } = match;
        const char = match[0];
        if (char in PAIRS) {
          stack.push({ block, index, char });
          continue;
        }
        const opener = OPENER_OF[char];
        if (!opener) continue;
        if (char === '’' && isAsciiAlnum(text[index - 1]) && isAsciiAlnum(text[index + 1])) continue; // China’s
        const depth = stack.findLastIndex((mark) => mark.char === opener);
        if (depth >= 0 && depth === stack.length - 1) {
          const inner = stack.pop()!;
          const outer = stack.at(-1);
          if (outer && outer.char === opener && opener in INNER_FORM) nested.push([inner.index, index]);
        } else if (depth >= 0) {
          const top = stack[stack.length - 1];
          context.report({
            block,
            range: [index, index + 1],
            messageId: 'crossed',
            data: { inner: top.char, innerClose: PAIRS[top.char] },
          });
          balanced = false;
          crossed.push(...stack.splice(depth + 1));
          stack.pop();
        } else {
          const skipped = crossed.findLastIndex((mark) => mark.char === opener);
          if (skipped >= 0) crossed.splice(skipped, 1);
          else if (index !== ordinalBracket) stray.push({ block, index, char });
        }
      }
      if (balanced && stack.length === 0 && stray.length === 0) {
        for (const [start, end] of nested) reportNested(block, start, end);
      }
      pairsOf.set(block, { unclosed: stack, stray });
    }

    function reportNested(block: Block, start: number, end: number): void {
      const opener = block.text[start];
      const inner = INNER_FORM[opener];
      const span = block.text.slice(start, end + 1);
      context.report({
        block,
        range: [start, end + 1],
        messageId: 'nestedSame',
        data: { outer: opener + PAIRS[opener], inner },
        fix: { text: inner[0] + span.slice(1, -1) + inner[1] },
      });
    }

    return {
      block: scan,
      documentEnd(blocks) {
        const pairs = blocks.map((block) => pairsOf.get(block)!);
        pairs.forEach((current, i) => {
          // A pair split by line breaks (「根据《」「著作权法」「》第五条」): the stray closers of one of
          // the next two blocks close this block's openers.
          for (const next of pairs.slice(i + 1, i + 1 + SPLIT_PAIR_REACH)) {
            while (next.stray.length > 0 && current.unclosed.at(-1)?.char === OPENER_OF[next.stray[0].char]) {
              current.unclosed.pop();
              next.stray.shift();
            }
            if (next.stray.length > 0 || next.unclosed.length > 0) break;
          }
          // A multi-paragraph quotation: each paragraph opens with the quote, only the last closes it.
          const nextOpener = blocks[i + 1]?.text.trimStart()[0];
          current.unclosed = current.unclosed.filter((mark) => !(QUOTE_OPENERS.includes(mark.char) && mark.char === nextOpener));
        });
        for (const { unclosed, stray } of pairs) {
          for (const mark of unclosed) report(mark, 'unclosed', PAIRS[mark.char]);
          for (const mark of stray) report(mark, 'unmatchedClose', OPENER_OF[mark.char]);
        }
      },
    };

    function report(mark: Mark, messageId: string, partner: string): void {
      context.report({ block: mark.block, range: [mark.index, mark.index + 1], messageId, data: { partner } });
    }
  },
});
