import { defineRule } from '../src/engine/rule.js';
import { LEVEL_NAMES, outline } from '../src/heading-markers.js';

export default defineRule({
  meta: {
    id: 'heading-level-order',
    title: '结构层次越级',
    category: 'structure',
    description: '结构层次序数依次使用“一、”“（一）”“1.”“（1）”，不越级（“一、”下直接用“1.”）。',
    docs: [
      'GB/T 9704-2012 7.3.3：文中结构层次序数依次可以用“一、”“（一）”“1.”“（1）”标注。',
      '报告：某一层出现后，下面直接用了再下一层，中间一层缺失（“一、”下直接用“1.”，“（一）”下直接用“（1）”），每个上层序数下只报一次。',
      '只有一两层的短文直接从“（一）”或“1.”开始不算越级。旧文（如 1958 年政府工作报告在“（一）”下直接用“（1）”）',
      '和不少机关的习惯会越级，所以本规则只在 strict 预设中。',
    ].join('\n'),
    severity: 'warn',
    fixable: false,
    messages: {
      skippedLevel: '结构层次越级：“{{parent}}”下直接用了“{{actual}}”，中间缺少{{level}}',
    },
    examples: {
      valid: [
        '一、总体要求\n（一）指导思想。\n1.坚持党的全面领导。\n（1）提高政治站位。',
        '（一）加强组织领导。\n1.明确责任分工。\n（二）强化督促检查。',
        '1.明确责任分工。\n2.健全工作机制。',
      ],
      invalid: [
        {
          text: '一、总体要求\n1.明确责任分工。\n2.健全工作机制。',
          errors: [{ messageId: 'skippedLevel', actual: '1.' }],
        },
        {
          text: '（三）发展教育事业。\n（1）有步骤地实行半工半读。',
          errors: [{ messageId: 'skippedLevel', actual: '（1）' }],
        },
      ],
    },
  },
  create(context) {
    return {
      documentEnd(blocks) {
        const reported = new Set<object>();
        for (const { block, marker, parent } of outline(blocks)) {
          if (!parent || parent.level >= marker.level - 1 || reported.has(parent)) continue;
          reported.add(parent); // once per parent, not for every sibling
          context.report({
            block,
            range: [marker.start, marker.end],
            messageId: 'skippedLevel',
            data: { actual: marker.written, parent: parent.written, level: LEVEL_NAMES[parent.level + 1] },
          });
        }
      },
    };
  },
});
