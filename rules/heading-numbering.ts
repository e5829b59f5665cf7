import { defineRule } from '../src/engine/rule.js';
import { hanOrdinal } from '../src/numbers.js';
import { LEVEL_NAMES, markerText, outline } from '../src/heading-markers.js';

export default defineRule({
  meta: {
    id: 'heading-numbering',
    title: '结构层次序数',
    category: 'structure',
    description: '结构层次序数连续：同一层从 1 开始逐一递增（一、二、四 缺“三、”），下一层在上一层的每一项下从头编号。',
    docs: [
      'GB/T 9704-2012 7.3.3：文中结构层次序数依次可以用“一、”“（一）”“1.”“（1）”标注。',
      '《党政机关公文处理工作条例》第十九条（三）：公文起草应当做到……结构严谨，表述准确。',
      '识别行首（纯文本每行、Markdown 标题与段落）的序数和 Markdown 有序列表的“1.”；引文（Markdown 引用）和表格不检查。',
      '序号应从 1 开始、逐一递增；在上一层的新一项下，下一层重新从 1 开始。从 1 重新开始总是允许的（一段里另起的列举），',
      '回到此前中断的列举继续编号也允许（旧文中列举里套列举的写法）。层次顺序（不越级）由规则 heading-level-order 检查。',
      '改正序号只作为建议：也可能是漏了一项。',
    ].join('\n'),
    severity: 'error',
    fixable: 'suggest',
    messages: {
      notFirst: '序号“{{actual}}”之前没有“{{expected}}”，{{level}}应从“{{expected}}”开始',
      gap: '序号不连续：“{{previous}}”之后应为“{{expected}}”，不是“{{actual}}”',
      duplicate: '序号重复：“{{actual}}”已经用过，应为“{{expected}}”',
    },
    examples: {
      valid: [
        '一、坚持思想铸魂\n（一）组织推动有力有效。坚持把学习贯彻摆在首位。\n（二）理论学习入脑入心。\n二、践行两个维护\n（一）站稳政治立场。\n（二）规范党组运行。',
        '（一）加强组织领导。\n1.明确责任分工。\n2.健全工作机制。\n（二）强化督促检查。\n1.开展专项督查。',
        '一、主要成绩\n二、主要任务\n必须做到以下几点：\n一、统一思想。\n二、加强领导。\n三、保障措施',
        '今年，一、二季度经济运行平稳。\n三、四月份降雨偏多。',
      ],
      invalid: [
        {
          text: '一、总体要求\n二、主要任务\n四、保障措施',
          errors: [{ messageId: 'gap', actual: '四、', suggestions: ['一、总体要求\n二、主要任务\n三、保障措施'] }],
        },
        {
          text: '一、总体要求\n（一）指导思想。\n（一）基本原则。',
          errors: [{ messageId: 'duplicate', actual: '（一）', suggestions: ['一、总体要求\n（一）指导思想。\n（二）基本原则。'] }],
        },
        {
          text: '一、总体要求\n（二）基本原则。',
          errors: [{ messageId: 'notFirst', actual: '（二）', suggestions: ['一、总体要求\n（一）基本原则。'] }],
        },
      ],
    },
  },
  create(context) {
    return {
      documentEnd(blocks) {
        for (const { block, marker, problem } of outline(blocks)) {
          if (!problem) continue;
          const expected = markerText(marker.level, problem.expected);
          const number = marker.level <= 2 ? hanOrdinal(problem.expected) : String(problem.expected);
          const written = marker.end > marker.start;
          context.report({
            block,
            range: [marker.start, marker.end],
            messageId: problem.kind,
            data: {
              actual: marker.written,
              expected,
              level: LEVEL_NAMES[marker.level],
              previous: problem.previous === undefined ? '' : markerText(marker.level, problem.previous),
            },
            suggest: written
              ? [{ text: number, range: [marker.numberStart, marker.numberStart + marker.number.length], desc: `改为“${expected}”` }]
              : undefined,
          });
        }
      },
    };
  },
});
