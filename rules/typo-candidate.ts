import { cachedMatcher } from '../src/engine/substitutions.js';
import { defineRule } from '../src/engine/rule.js';
import { tag } from '../src/nlp/jieba.js';
import { frequentWords } from '../src/nlp/lexicon.js';
import { soundsAlike } from '../src/nlp/pinyin.js';
import { crossesDictionaryWord, UNKNOWN_TAG } from '../src/nlp/tokens.js';
import type { Block, Token } from '../src/types.js';

const HAN = /^[\u4e00-\u9fff]+$/;
/**
 * Function words, numerals, measure words, localizers (中 上 前) and productive prefixes (新 大):
 * an unknown piece containing one is usually two
 * words jieba glued (这是, 万人, 二是), not a misspelt word.
 */
const FUNCTION_CHARS = new Set('的地得了着过是在和与及或也就都而又还并且这那哪其之此该每各某些有无不没未非被把将对向从到于以为由给让使比跟同如若则所要会可能应该个一二三四五六七八九十百千万亿两几多少第年月日元次名项我你他她它们中上下内外里前后较很最更太既新大小');
/** Frequent characters found only in traditional script: such documents are not for this rule. */
const TRADITIONAL = /[們國會這個說來時為與對發經過還進處當實現開關門問間東車長書產體]/g;

const CLAUSE_END = /[，。！？；：、,.!?;:“”‘’（）()《》\s]/;

interface Candidate {
  start: number;
  end: number;
  word: string;
  frequency: number;
}

export default defineRule({
  meta: {
    id: 'typo-candidate',
    title: '疑似错字（推测）',
    category: 'word',
    description: '词典以外的错字：分词切不成词的地方，换一个同音、近音字就成为常用词或规范表述时，提示可能的正确写法。',
    docs: [
      '错别字词典（`typo`）只能发现收录过的错误。本规则推测词典以外的错字：',
      '',
      '1. 找出分词结果中切不成词的片段：jieba 未登录词（词性 x，如“新时/达党”）及其相邻的单字；',
      '2. 在片段上取 2～4 字的窗口，把其中一个字换成读音相同或相近的字（声调不计；韵母差一个尾字母，如 da/dai、an/ang；',
      '   或声母 z/zh、c/ch、s/sh、n/l、f/h 相混），看能否得到一个常用词（jieba 词典中词频不低于1000的词，约5000个）',
      '   或词典中的规范表述（“主题党日”）；',
      '3. 原窗口本身不是词，且替换后整个分句的分词更好（替换处成为一个词，未登录片段减少）时，提示该候选。',
      '',
      '只给建议，不自动修改。错别字词典已收录的错误由 `typo`、`fixed-phrase` 报告，本规则不重复。',
      '推测难免误报（人名、地名、新术语），所以本规则只在 strict 预设中。字形相近的错字（“己/已”）暂不推测。',
    ].join('\n'),
    severity: 'warn',
    fixable: 'suggest',
    needs: ['tokens'],
    dictionaries: ['typos', 'fixed-phrases', 'official-terms'],
    messages: {
      candidate: '“{{actual}}”疑为错字，可能应为“{{expected}}”',
      suggestCandidate: '改为“{{expected}}”',
    },
    examples: {
      valid: [
        '贯彻新时代党的组织路线，坚持新时代好干部标准。',
        '组织开展支部主题党日50余次。',
        '全市上下一鼓作气，推动各项工作落地见效。',
      ],
      invalid: [
        {
          text: '加强基层党组织见设，切实改进工作做风。',
          errors: [
            { messageId: 'candidate', actual: '见设', suggestions: ['加强基层党组织建设，切实改进工作做风。'] },
            { messageId: 'candidate', actual: '做风', suggestions: ['加强基层党组织见设，切实改进工作作风。'] },
          ],
        },
      ],
    },
  },
  create(context) {
    const traditional = (context.fileText.match(TRADITIONAL)?.length ?? 0) > context.fileText.length / 1000;
    if (traditional) return {};
    const dictionaries = (['typos', 'fixed-phrases', 'official-terms'] as const).map((kind) => context.substitutions(kind).entries);
    const lexicon = frequentWords(dictionaries.flatMap((entries) => entries.flatMap((entry) => entry.right)));
    const known = dictionaries.map((entries) => cachedMatcher(entries));
    const occurrences = (text: string) => context.fileText.split(text).length - 1;
    return {
      block(block) {
        const covered = known.flatMap((matcher) => matcher.findAll(block.text));
        const isKnown = (start: number, end: number) => covered.some((m) => m.start < end && start < m.end);
        for (const [runStart, runEnd] of unknownRuns(block.tokens)) {
          const best = bestCandidate(block, runStart, runEnd, lexicon, isKnown);
          // A misspelling is a slip: the same unknown form written twice is deliberate (a name, a new term).
          if (!best || occurrences(block.text.slice(best.start, best.end)) > 1) continue;
          context.report({
            block,
            range: [best.start, best.end],
            messageId: 'candidate',
            data: { expected: best.word },
            suggest: [{ text: best.word, messageId: 'suggestCandidate' }],
          });
        }
      },
    };
  },
});

/**
 * Unknown pieces: words jieba's HMM made up (tag x), of two or more Han characters, none a
 * function word or numeral, not counting something (60万人).
 */
function unknownRuns(tokens: readonly Token[]): Array<[number, number]> {
  return tokens
    .filter((token, i) => {
      if (token.tag !== UNKNOWN_TAG || token.word.length < 2 || !HAN.test(token.word)) return false;
      if ([...token.word].some((char) => FUNCTION_CHARS.has(char))) return false;
      return !(i > 0 && /\d$/.test(tokens[i - 1].word) && tokens[i - 1].end === token.start);
    })
    .map((token) => [token.start, token.end]);
}

function bestCandidate(
  block: Block,
  runStart: number,
  runEnd: number,
  lexicon: ReturnType<typeof frequentWords>,
  isKnown: (start: number, end: number) => boolean,
): Candidate | undefined {
  const text = block.text;
  const segment = memoized(tag);
  const isWord = (window: string) => {
    const tokens = segment(window);
    return tokens.length === 1 && tokens[0].tag !== UNKNOWN_TAG;
  };
  let best: (Candidate & { weak: number }) | undefined;
  for (let length = 4; length >= 2; length--) {
    for (let start = Math.max(0, runStart - length + 1); start < runEnd && start + length <= text.length; start++) {
      const end = start + length;
      const window = text.slice(start, end);
      if (!HAN.test(window) || isKnown(start, end) || crossesDictionaryWord(block.tokens, start, end)) continue;
      for (let i = 0; i < length; i++) {
        // The changed character lies in the unknown piece and sounds like the one it replaces.
        if (start + i < runStart || start + i >= runEnd) continue;
        for (const { word, frequency } of lexicon.withOneMasked(window, i)) {
          if (word === window || FUNCTION_CHARS.has(word[i]) || !soundsAlike(word[i], window[i])) continue;
          if (best && best.weak === 0 && best.frequency >= frequency) continue;
          const weak = weakPiecesAfter(segment, text, start, end, word);
          if (weak === undefined || isWord(window)) continue;
          if (!best || weak < best.weak || (weak === best.weak && frequency > best.frequency)) best = { start, end, word, frequency, weak };
        }
      }
    }
  }
  return best;
}

/** Segmentation is the costly step; the same clause is often tried for several windows. */
function memoized(segment: (text: string) => Token[]): (text: string) => Token[] {
  const cache = new Map<string, Token[]>();
  return (text) => {
    let tokens = cache.get(text);
    if (!tokens) {
      tokens = segment(text);
      cache.set(text, tokens);
    }
    return tokens;
  };
}

/** Unknown pieces and single Han characters in the segmentation of a clause. */
const weakPieces = (tokens: readonly Token[]) => tokens.filter((t) => HAN.test(t.word) && (t.tag === UNKNOWN_TAG || t.word.length === 1)).length;
const unknownPieces = (tokens: readonly Token[]) => tokens.filter((t) => HAN.test(t.word) && t.tag === UNKNOWN_TAG).length;

/**
 * How the clause reads with the replacement: undefined unless the replaced span becomes
 * (part of) one known word and fewer unknown pieces remain; else the number of weak pieces
 * left (lower reads better).
 */
function weakPiecesAfter(
  segment: (text: string) => Token[],
  text: string,
  start: number,
  end: number,
  replacement: string,
): number | undefined {
  let from = start;
  while (from > 0 && !CLAUSE_END.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && !CLAUSE_END.test(text[to])) to++;
  const before = segment(text.slice(from, to));
  const after = segment(text.slice(from, start) + replacement + text.slice(end, to));
  const [s, e] = [start - from, end - from];
  const joined = after.some((t) => t.tag !== UNKNOWN_TAG && t.start <= s && t.end >= e);
  return joined && unknownPieces(after) < unknownPieces(before) ? weakPieces(after) : undefined;
}
