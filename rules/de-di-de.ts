import { WORD_CLASSES, type WordClass } from '../src/dict/schema.js';
import { defineRule } from '../src/engine/rule.js';
import type { ProofreadingModel } from '../src/model/model.js';
import { preference } from '../src/model/preference.js';
import { frequentWords } from '../src/nlp/lexicon.js';
import type { Block, Token } from '../src/types.js';

/**
 * 的/地/得 are decided by weighing evidence from the words on both sides (word classes from
 * dictionaries/word-classes.yml, jieba's POS tags): a replacement is reported when its evidence
 * reaches REPORT_AT. Where the words fall short by at most MODEL_MAX_WEIGHT, the proofreading
 * model's preference among 的/地/得 is one more feature — read only there, so that a document
 * without such a borderline particle never loads the model.
 */
const REPORT_AT = 3;
/** The model's margin (nats) that counts as a clear, or a strong, preference for the replacement. */
const MODEL_CLEAR = 3;
const MODEL_STRONG = 6;
const MODEL_MAX_WEIGHT = 2;

type Particle = '的' | '地' | '得';
interface Evidence {
  feature: string;
  weight: number;
}
interface Candidate {
  replacement: Particle;
  messageId: 'adverbial' | 'complement' | 'attributive';
  evidence: Evidence[];
}

/** Word classes, from dictionaries/word-classes.yml. */
type WordClasses = Readonly<Record<WordClass, ReadonlySet<string>>>;

/** Clause punctuation: 「，积极的推进改革」 opens with an adverbial (not 、, which lists nouns). */
const CLAUSE_START = /^[，；。：！？]$/;
/** Characters that end a clause. */
const CLAUSE_END = /^[，。；！？、：,;!?:）)”’]/;
/** What may follow the verb of an adverbial 的: an object, a second verb, an aspect particle. */
const VERB_CONTINUES = /^(?:n|v|r|m|q|t|ul|uz|ug|l|p|a|b)/;
const NOUN_TAGS = /^(?:n|nr|ns|nt|nz|ng)$/;
/** Tags of a modifier that may be adverbial (合理|规范的制定, 及时足额的拨付): adverb, adjective, idiom. */
const MODIFIER_TAGS = /^(?:ad|a|i|l|z|b|d)$/;
/** Adjectives of quantity: 「做的很多工作」 is 的 before a noun phrase. */
const QUANTITY = new Set(['多', '少', '多的', '少的']);

const sum = (evidence: readonly Evidence[]) => evidence.reduce((total, e) => total + e.weight, 0);

/** 的 → 地: a modifier before a verb (要认真的学习文件, 坚定自觉的将……). */
function adverbialEvidence(tokens: readonly Token[], i: number, classes: WordClasses): Evidence[] {
  // The modifier may be two tokens (有|计划, 有|针对性) and follow a list of modifiers (准确、完整、清晰的记载).
  const joined = (tokens[i - 2]?.word ?? '') + tokens[i - 1].word;
  const modifierStart = classes.adverbial.has(joined) && !classes.adverbial.has(tokens[i - 1].word) ? i - 2 : i - 1;
  const modifier = modifierStart === i - 2 ? joined : tokens[i - 1].word;
  const verb = tokens[i + 1];
  const next = tokens[i + 2];
  const evidence: Evidence[] = [];
  if (classes.adverbial.has(modifier)) evidence.push({ feature: 'listed adverbial', weight: 2 });
  else if (MODIFIER_TAGS.test(tokens[i - 1].tag) && modifier.length >= 2) evidence.push({ feature: 'adverbial or adjective tag', weight: 0.5 });
  else return [];
  if (tokens[modifierStart - 1]?.word === '有') return []; // 「有明确的向公众开放的时间」: 有 + adjective + 的 is attributive
  if (classes.preposition.has(verb.word)) return [...evidence, { feature: 'preposition after', weight: 2 }];
  const opening = opensAdverbial(tokens, modifierStart, classes);
  if (opening === 'opened') evidence.push({ feature: 'clause start, modal or adverbial before', weight: 1 });
  // 「国家有计划的开展」 or 「实施更加积极的就业政策」: without an opener a listed adverbial needs the model.
  else if (evidence[0].weight >= 2) evidence.push({ feature: 'no opener before', weight: -1 });
  else return [];
  const continues = next !== undefined && next.start === verb.end && VERB_CONTINUES.test(next.tag) && !classes.copula.has(next.word);
  // 应当因地制宜的培育/vn 和推广/v 优良品种: two verbs joined after a modal (「合理的修复或者处理费用」 is a noun phrase).
  const coordinated =
    classes.opener.has(tokens[modifierStart - 1]?.word ?? '') && /^(?:和|或者|、|并)$/.test(next?.word ?? '') && tokens[i + 3]?.tag === 'v' && /^v/.test(verb.tag);
  if ((verb.tag === 'v' && continues) || coordinated) evidence.push({ feature: 'verb with object after', weight: 1 });
  else if (verb.tag === 'p' && continues) evidence.push({ feature: 'preposition with its object after (有计划的对职工)', weight: 1 });
  else if (verb.tag === 'vn' && continues && opening === 'opened') evidence.push({ feature: 'verb (or its noun) with object after', weight: -0.5 }); // 客观全面的审查/vn 原审案卷
  else if (verb.tag === 'v' && endsClause(tokens, i + 2)) evidence.push({ feature: 'verb ending the clause', weight: 0.5 }); // 正确、安全的燃放，
  else if ((verb.tag === 'l' && endsClause(tokens, i + 2)) || (verb.tag === 'a' && continues && classes['complement-verb'].has(verb.word))) {
    evidence.push({ feature: 'verb phrase after', weight: 0.5 }); // 推进改革/l。 落实/a 各项任务
  } else return [];
  if (classes['nominal-verb'].has(verb.word) || classes.opener.has(verb.word)) evidence.push({ feature: 'verb often a noun or a 的-phrase subject', weight: -3 });
  if (subjectBeforeCopula(tokens, i + 1, classes)) evidence.push({ feature: 'noun phrase subject (组织动员是)', weight: -3 });
  return evidence;
}

/**
 * What comes before the modifier makes it adverbial: the start of a clause, a modal or an adverb
 * (要, 应当, 不断), another listed adverbial (及时|有效的执行), or a list of them joined by 、
 * (准确、完整、清晰的记载).
 */
function opensAdverbial(tokens: readonly Token[], modifierStart: number, classes: WordClasses): 'opened' | undefined {
  let k = modifierStart - 1;
  // jieba tags some of the listed modifiers nouns (全面/n、客观/n的归纳): two-character words count too.
  const listed = (t: Token) => classes.adverbial.has(t.word) || MODIFIER_TAGS.test(t.tag) || (t.tag === 'n' && t.word.length === 2);
  while (k >= 1 && (tokens[k].word === '、' || tokens[k].word === '和') && listed(tokens[k - 1])) {
    k -= 2;
    // 有|计划、分步骤: a listed adverbial of two tokens.
    if (k >= 1 && classes.adverbial.has(tokens[k - 1].word + tokens[k].word)) k--;
  }
  const opener = tokens[k];
  if (opener === undefined || CLAUSE_START.test(opener.word) || classes.opener.has(opener.word)) return 'opened';
  // 及时|有效的执行: a chain of adverbials, itself opened (not 「形成公正|合理的秩序」).
  return k === modifierStart - 1 && classes.adverbial.has(opener.word) ? opensAdverbial(tokens, k, classes) : undefined;
}

const endsClause = (tokens: readonly Token[], k: number) => tokens[k] === undefined || CLAUSE_END.test(tokens[k].word);

/** 「有效的组织动员是前提」: the words after 的 are a noun phrase followed by a copula. */
function subjectBeforeCopula(tokens: readonly Token[], from: number, classes: WordClasses): boolean {
  for (let k = from + 1; k < tokens.length && k <= from + 3; k++) {
    if (classes.copula.has(tokens[k].word)) return true;
    if (!/^(?:n|vn|v)/.test(tokens[k].tag)) return false;
  }
  return false;
}

/** 的 → 得: a verb before a degree complement that ends the clause (做的很好，变的更加美丽，发展的很快。). */
function complementEvidence(block: Block, i: number, classes: WordClasses): Evidence[] {
  const { tokens, text } = block;
  const verb = tokens[i - 1];
  const degree = tokens[i + 1];
  const adjective = tokens[i + 2];
  const degrees = classes['degree-adverb'];
  // 很快, 比较顺利, 越来越好: jieba keeps a degree adverb and its adjective as one word.
  const joinedDegree = [...degrees].find((d) => degree.word.length > d.length && degree.word.startsWith(d));
  let predicateEnd: number;
  if (joinedDegree !== undefined) {
    if (QUANTITY.has(degree.word.slice(joinedDegree.length))) return []; // 做的很多工作
    predicateEnd = degree.end;
  } else if (degrees.has(degree.word) && adjective !== undefined && adjective.start === degree.end) {
    // jieba tags some adjectives oddly (美丽/ns); a verb after 特别 is a noun's head (特别说明), not a predicate.
    if (!/^(?:a|ad|an|ns|l|i|z)$/.test(adjective.tag) || QUANTITY.has(adjective.word)) return [];
    predicateEnd = adjective.end;
  } else {
    // 「增长的比较快」「执行的不够」: a verb before an adverb or adjective — the model decides.
    const plausible = /^(?:v|a)$/.test(verb.tag) && /^(?:d|a|ad)$/.test(degree.tag) && !classes.copula.has(verb.word);
    return plausible ? [{ feature: 'verb before, adverb or adjective after', weight: 1 }] : [];
  }
  const rest = text.slice(predicateEnd);
  if (!(rest === '' || CLAUSE_END.test(rest))) return [];
  // 「所做的很多」「最关心的更加突出」: 所 or 最 before the verb makes a 的-phrase subject; 有的 is «some».
  if (/^(?:所|最)$/.test(tokens[i - 2]?.word ?? '') || classes['nominal-verb'].has(verb.word)) return [];
  const evidence: Evidence[] = [{ feature: 'degree adverb and adjective ending the clause', weight: 2.5 }];
  if (classes['complement-verb'].has(verb.word)) evidence.push({ feature: 'listed complement verb', weight: 1 });
  else if (/^(?:v|vn|a)$/.test(verb.tag)) evidence.push({ feature: 'verb or adjective before', weight: 0.5 });
  return evidence;
}

/** 地 of 地震动, 用地 misread by segmentation: the character forms a common word with a neighbour. */
function joinsWord(particle: Token, before: Token, after: Token): boolean {
  const words = frequentWords([]);
  const isWord = (word: string) => words.withOneMasked(word, 0).some((w) => w.word === word);
  return isWord(before.word.slice(-1) + particle.word) || isWord(particle.word + after.word[0]);
}

/** 地/得 → 的: an adjective or noun before a noun phrase (提高人民地生活水平, 取得了显著得成绩). */
function attributiveEvidence(tokens: readonly Token[], i: number, classes: WordClasses): Evidence[] {
  const before = tokens[i - 1];
  const noun = tokens[i + 1];
  const next = tokens[i + 2];
  const particle = tokens[i];
  if (particle.tag !== (particle.word === '地' ? 'uv' : 'ud')) return [];
  const adjacentNext = next !== undefined && next.start === noun.end;
  // 「稳定地供应燃气」「科学合理地规定」: after an adjective only a plain noun (not a verb-noun) is safe;
  // 「人民地生活水平」: after a noun, a verb-noun with its noun. 地 after a noun is also a place (居所地法律).
  const plainNoun = NOUN_TAGS.test(noun.tag) && noun.word.length >= 2;
  const verbNounPhrase = noun.tag === 'vn' && adjacentNext && NOUN_TAGS.test(next.tag);
  const adjective = before.tag === 'a';
  // 平等、完整 are listed adverbials too (平等地协商): before 得 the model must agree.
  const adverbialToo = classes.adverbial.has(before.word);
  // 又省地发展: a single character is as often an adverbial; 有|计划地: a listed adverbial.
  const nounBefore =
    (NOUN_TAGS.test(before.tag) || before.tag === 'r') &&
    before.word.length >= 2 &&
    !classes.adverbial.has(before.word) &&
    !classes.adverbial.has((tokens[i - 2]?.word ?? '') + before.word);
  // 「完整地记录、保存」「廉洁地履行职责」: jieba tags many verbs as nouns, so 地 after an adjective is left alone.
  const fits = particle.word === '地' ? nounBefore && (verbNounPhrase || plainNoun) : adjective && plainNoun;
  if (!fits || joinsWord(particle, tokens[i - 1], noun)) return [];
  // After 得 a noun may open a complement clause (搞得群众怨声载道): a phrase that goes on needs the model.
  const after = verbNounPhrase ? tokens[i + 3] : next;
  const phraseEnds = after === undefined || CLAUSE_END.test(after.word) || after.word === '的' || after.word === '和';
  // 「居所地法律」: a noun and 地 may be a place, so a plain noun after 地 always needs the model.
  const certainPhrase = phraseEnds && (particle.word === '得' || verbNounPhrase);
  return [
    certainPhrase ? { feature: 'noun phrase after, ending there', weight: 2 } : { feature: 'noun phrase after', weight: 1 },
    adjective ? { feature: 'adjective before', weight: adverbialToo ? 0 : 1 } : { feature: 'noun or pronoun before', weight: 1 },
  ];
}

export default defineRule({
  meta: {
    id: 'de-di-de',
    title: '“的”“地”“得”误用',
    category: 'word',
    description: '状语后应用“地”（坚定自觉地将……），补语前应用“得”（做得很好），定语后应用“的”（显著的成绩）；只在证据充分时报告。',
    docs: [
      '依据《现代汉语词典》（第7版）“的”“地”“得”条及国家语委对“的地得”分工的说明：',
      '定语后用“的”（党的领导、取得的成绩），状语后用“地”（有针对性地开展），补语前用“得”（做得很好）。',
      '',
      '每个“的”“地”“得”按两侧的词衡量证据，证据够分才报（词类在 `dictionaries/word-classes.yml`，校对人员可增补）。',
      '词的证据差一点够分时，再看校对模型（按法规语料训练的字 5 元语言模型）在这个位置更偏向哪个字，明显偏向（对数概率差 ≥ 3）才算一分证据；',
      '只有遇到这种差一点的“的地得”时才载入模型（约 0.2–0.5 秒，选项 `model: false` 可关掉这一步，只按词判断）。报告的只有下面几种：',
      '- 的→地（自动修复）：前面是状语词（认真、积极、坚定自觉、坚定不移……；未列入的形容词、副词要模型明显偏向“地”），后面是只跟在状语后的介词（将、把、向、按照、通过）',
      '  ——「坚定自觉的将思想……」；或修饰语在分句开头、能愿动词和副词（要、必须、应当、不断……）之后，后面是带宾语的动词',
      '  ——「要认真的学习贯彻全会精神」「我们要积极的推进改革」；列出的状语词前没有这些词时要模型明显偏向“地”（「国家有计划的开展残疾预防工作」）。',
      '  后面的词组接着“是、为、在于、可”时是主语（「有效的组织动员是前提」「有条件的可组建」），不报；',
      '- 的→得（自动修复）：动词（做、完成、变……）后，“的”接程度副词（很、非常、更加、不够……）和形容词并在此结束分句——「任务完成的很好。」「变的更加美丽。」，',
      '  程度副词和形容词分词时连成一个词的也算（「发展的很快」「推进的比较顺利」）；「做的很多工作」（数量）、「所做的」「最关心的」「有的」不报；动词后接其他副词或形容词时（「增长的比较快」）要模型强烈偏向“得”（对数概率差 ≥ 6）；',
      '- 地→的（只给建议）：名词或代词之后的“地”接“动名词+名词”（「提高人民地生活水平」），或接普通名词且模型明显偏向“的”（「罚款收据地格式」）；',
      '  “地”与邻字成词（用地、地震）时是分词错误，不报，名词加“地”是处所（「经常居所地法律」）时模型不偏向“的”，也不报；',
      '- 得→的（只给建议）：形容词之后的“得”接名词并在此结束（「取得了显著得成绩」），或名词短语没有结束、形容词也常作状语时模型明显偏向“的”',
      '  （「享有与男子平等得权利」）。',
      '',
      '其余情形（“的”后接普通动词，如“坚定的支持”，以及“得”作助动词 děi）不报。',
    ].join('\n'),
    severity: 'error',
    fixable: 'safe',
    needs: ['tokens', 'model'],
    options: { model: true },
    dictionaries: ['word-classes'],
    messages: {
      adverbial: '状语“{{modifier}}”后应用“地”，不用“{{actual}}”',
      complement: '补语前应用“得”，“{{verb}}{{actual}}”应为“{{verb}}得”',
      attributive: '定语“{{modifier}}”修饰名词，应用“的”，不用“{{actual}}”',
    },
    examples: {
      valid: [
        '坚定自觉地将思想和行动统一到党的二十大精神上来。',
        '有针对性地开展“一对一”谈心谈话。',
        '坚持和加强党的领导，巩固取得的成绩。',
        '我们的工作还存在不少差距。',
        '这是开展主题教育的目的。',
        '各项工作做得很好，群众比较满意。',
        '我们做的很多工作得到了群众认可。',
        '给予坚定的支持和热情的帮助。',
        '实施更加积极的就业政策，鼓励以创业带动就业。',
        '对材料工业提出更多的、新的要求。',
        '新建项目共计七十一个，重要的有鞍山、武汉、包头三大钢铁基地。',
        '各地要以更大的决心和力度深化改革开放。',
        '经过考核，不及格的不能继续任职。',
        '改革红利持续释放，积极的作用不断显现。',
        '问题依然存在，突出的表现为形式主义、官僚主义。',
        '实践证明，根本的出路在于深化改革。',
        '脱离群众的官僚主义、脱离实际的浮夸作风比较严重。',
        '有效的组织动员是前提。',
        '有明确的被请求人和具体的请求。',
        '军衔高的为上级，职务高的为上级。',
        '具体的控制范围和要求由市规划部门确定。',
        '要认真地学习贯彻全会精神，各项工作做得很好。',
        '我们做的很多工作得到了群众认可，取得了显著的成绩。',
        '因地制宜发展特色产业，各地积极推进改革。',
        '这项工作搞得群众很满意。',
        '应当科学合理地规定公民的权利，持续、稳定地供应燃气。',
        '适用经常居所地法律，通知办案地公安机关。',
        '航次租船合同的特别规定。',
        '对依法应当公开的信访事项处理情况未按规定公开。',
        '逐步形成公开透明、公正合理的收入分配秩序。',
        { text: '罚款收据地格式和印制，由财政部规定。', options: { model: false } },
        '建设单位应当将合理的施工工期安排作为招标文件的实质性要求。',
        '生产企业应当提供真实、完整的购进验收记录。',
        '开展课余体育训练，有条件的可组建高水平运动队。',
        '各项制度有的尚未建立，有的不够健全。',
        '医疗器械还应当具有安全使用的特别说明。',
        '人民群众最关心的更加突出。',
        '博物馆应当有明确的向公众开放的时间。',
        '与承租人签订更新协议，并明确合理的回搬或者补偿安置方案。',
        '赔偿范围包括：\n合理的修复或者处理费用；',
      ],
      invalid: [
        {
          text: '认真履行第一责任人职责，坚定自觉的将思想和行动统一到党的二十大精神上来。',
          output: '认真履行第一责任人职责，坚定自觉地将思想和行动统一到党的二十大精神上来。',
          errors: [{ messageId: 'adverbial', actual: '的' }],
        },
        {
          text: '各支部认真的把问题清单逐项整改到位。',
          output: '各支部认真地把问题清单逐项整改到位。',
          errors: [{ messageId: 'adverbial', actual: '的' }],
        },
        {
          text: '各级干部要积极的向群众学习。',
          output: '各级干部要积极地向群众学习。',
          errors: [{ messageId: 'adverbial', actual: '的' }],
        },
        {
          text: '各级党组织要认真的学习贯彻全会精神，必须坚定不移的推进全面从严治党。',
          output: '各级党组织要认真地学习贯彻全会精神，必须坚定不移地推进全面从严治党。',
          errors: [
            { messageId: 'adverbial', actual: '的' },
            { messageId: 'adverbial', actual: '的' },
          ],
        },
        {
          text: '坚持稳中求进，积极的推进经济结构调整。',
          output: '坚持稳中求进，积极地推进经济结构调整。',
          errors: [{ messageId: 'adverbial', actual: '的' }],
        },
        {
          text: '各部门要认真的落实各项任务。',
          output: '各部门要认真地落实各项任务。',
          errors: [{ messageId: 'adverbial', actual: '的' }],
        },
        {
          text: '我们要积极的推进改革。',
          output: '我们要积极地推进改革。',
          errors: [{ messageId: 'adverbial', actual: '的' }],
        },
        {
          text: '登记机构应当准确、完整、清晰的记载登记事项。',
          output: '登记机构应当准确、完整、清晰地记载登记事项。',
          errors: [{ messageId: 'adverbial', actual: '的' }],
        },
        {
          text: '有关部门应当有计划的培养各种专门人才。',
          output: '有关部门应当有计划地培养各种专门人才。',
          errors: [{ messageId: 'adverbial', actual: '的' }],
        },
        {
          text: '今年的任务完成的很好。',
          output: '今年的任务完成得很好。',
          errors: [{ messageId: 'complement', actual: '的' }],
        },
        {
          text: '城乡面貌变的更加美丽。',
          output: '城乡面貌变得更加美丽。',
          errors: [{ messageId: 'complement', actual: '的' }],
        },
        {
          text: '不断提高人民地生活水平。',
          errors: [{ messageId: 'attributive', actual: '地', suggestions: ['不断提高人民的生活水平。'] }],
        },
        {
          text: '各项工作取得了显著得成绩。',
          errors: [{ messageId: 'attributive', actual: '得', suggestions: ['各项工作取得了显著的成绩。'] }],
        },
        {
          text: '罚款收据地格式和印制，由财政部规定。',
          errors: [{ messageId: 'attributive', actual: '地', suggestions: ['罚款收据的格式和印制，由财政部规定。'] }],
        },
        {
          text: '妇女在政治、经济、文化等方面享有与男子平等得权利。',
          errors: [{ messageId: 'attributive', actual: '得', suggestions: ['妇女在政治、经济、文化等方面享有与男子平等的权利。'] }],
        },
        {
          text: '国家有计划的开展残疾预防工作。',
          output: '国家有计划地开展残疾预防工作。',
          errors: [{ messageId: 'adverbial', actual: '的' }],
        },
        {
          text: '检察人员应当客观全面的审查原审案卷材料。',
          output: '检察人员应当客观全面地审查原审案卷材料。',
          errors: [{ messageId: 'adverbial', actual: '的' }],
        },
        {
          text: '普通中学可以因地制宜的开设职业教育课程。',
          output: '普通中学可以因地制宜地开设职业教育课程。',
          errors: [{ messageId: 'adverbial', actual: '的' }],
        },
        {
          text: '用人单位应当有计划的对女职工进行职业教育。',
          output: '用人单位应当有计划地对女职工进行职业教育。',
          errors: [{ messageId: 'adverbial', actual: '的' }],
        },
        {
          text: '船舶应立即回答并无条件的执行信号要求。',
          output: '船舶应立即回答并无条件地执行信号要求。',
          errors: [{ messageId: 'adverbial', actual: '的' }],
        },
        {
          text: '烟草种植应当因地制宜的培育和推广优良品种。',
          output: '烟草种植应当因地制宜地培育和推广优良品种。',
          errors: [{ messageId: 'adverbial', actual: '的' }],
        },
        {
          text: '近年来经济发展的很快。',
          output: '近年来经济发展得很快。',
          errors: [{ messageId: 'complement', actual: '的' }],
        },
        {
          text: '各项工作推进的比较顺利，形势变的越来越好。',
          output: '各项工作推进得比较顺利，形势变得越来越好。',
          errors: [
            { messageId: 'complement', actual: '的' },
            { messageId: 'complement', actual: '的' },
          ],
        },
        {
          text: '有的单位工作做的不够扎实。',
          output: '有的单位工作做得不够扎实。',
          errors: [{ messageId: 'complement', actual: '的' }],
        },
        {
          text: '今年的帮扶工作做的很好，群众比较满意。',
          output: '今年的帮扶工作做得很好，群众比较满意。',
          errors: [{ messageId: 'complement', actual: '的' }],
        },
      ],
    },
  },
  create(context) {
    const classes = Object.fromEntries(WORD_CLASSES.map((name) => [name, new Set<string>()])) as Record<WordClass, Set<string>>;
    for (const entry of context.words('word-classes').entries) classes[entry.class as WordClass]?.add(entry.word);
    const useModel = context.options.model !== false;
    let loaded: ProofreadingModel | undefined;
    const model = () => (loaded ??= context.model());
    return {
      block(block) {
        const tokens = block.tokens;
        const adjacent = (a: Token, b: Token) => a.end === b.start;
        for (let i = 1; i + 1 < tokens.length; i++) {
          const particle = tokens[i];
          if (particle.word !== '的' && particle.word !== '地' && particle.word !== '得') continue;
          const before = tokens[i - 1];
          const after = tokens[i + 1];
          if (!adjacent(before, particle) || !adjacent(particle, after)) continue;
          const candidates: Candidate[] =
            particle.word === '的'
              ? [
                  { replacement: '地', messageId: 'adverbial', evidence: adverbialEvidence(tokens, i, classes) },
                  { replacement: '得', messageId: 'complement', evidence: complementEvidence(block, i, classes) },
                ]
              : [{ replacement: '的', messageId: 'attributive', evidence: attributiveEvidence(tokens, i, classes) }];
          for (const candidate of candidates) {
            const total = sum(candidate.evidence);
            if (!useModel || total >= REPORT_AT || total < REPORT_AT - MODEL_MAX_WEIGHT) continue;
            const margin = preference(model(), block.text, particle.start, candidate.replacement);
            if (margin >= MODEL_STRONG) candidate.evidence.push({ feature: 'the model prefers it strongly', weight: 2 });
            else if (margin >= MODEL_CLEAR) candidate.evidence.push({ feature: 'the model prefers it', weight: 1 });
          }
          const best = candidates.filter((c) => sum(c.evidence) >= REPORT_AT).sort((a, b) => sum(b.evidence) - sum(a.evidence))[0];
          if (!best) continue;
          // 地/得 → 的 is a suggestion: fewer than 97% of its corrections were right when measured.
          const correction = { text: best.replacement };
          context.report({
            block,
            range: [particle.start, particle.end],
            messageId: best.messageId,
            data: { modifier: before.word, verb: before.word },
            ...(best.replacement === '的' ? { suggest: [{ ...correction, desc: `改为“${best.replacement}”` }] } : { fix: correction }),
          });
        }
      },
    };
  },
});
