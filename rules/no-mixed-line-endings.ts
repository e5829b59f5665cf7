import { defineRule } from '../src/engine/rule.js';

const ENDINGS = /\r\n|\r|\n/g;
const NAMES: Record<string, string> = { '\r\n': 'CRLF（Windows）', '\n': 'LF（Unix）', '\r': 'CR（旧 Mac）' };

export default defineRule({
  meta: {
    id: 'no-mixed-line-endings',
    title: '混用换行符',
    category: 'whitespace',
    description: '同一文件混用 CRLF 和 LF 换行符（多是拼接不同来源的文字所致），整个文件只报告一次。',
    docs: [
      '换行符不一致会让比对工具把整段标成修改，也会让部分软件错误分段。以文件中多数的换行符为准，',
      '在第一处不同的行报告一次，说明各自的行数。本规则不自动修复（修复会改动每一行的行尾）；用编辑器统一换行符即可。',
    ].join('\n'),
    severity: 'warn',
    fixable: false,
    messages: {
      mixed: '文件混用换行符：{{majority}} {{majorityCount}} 行，{{minority}} {{minorityCount}} 行（第一处在第 {{line}} 行），应统一',
    },
    examples: {
      valid: ['各单位要高度重视。\n切实抓好落实。', '各单位要高度重视。'],
      invalid: [
        {
          text: '各单位要高度重视。\r\n切实抓好落实。\r\n确保取得实效。\n',
          markdown: false, // the tester's CRLF variant would unify the endings
          errors: [{ messageId: 'mixed', actual: '' }],
        },
      ],
    },
  },
  create(context) {
    return {
      documentEnd(blocks) {
        const counts = new Map<string, number>();
        const firstLine = new Map<string, number>();
        let line = 1;
        for (const match of context.fileText.matchAll(ENDINGS)) {
          counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
          if (!firstLine.has(match[0])) firstLine.set(match[0], line);
          line++;
        }
        if (counts.size < 2 || blocks.length === 0) return;
        const [majority, ...others] = [...counts].sort((a, b) => b[1] - a[1] || firstLine.get(a[0])! - firstLine.get(b[0])!);
        const [minority] = others.sort((a, b) => firstLine.get(a[0])! - firstLine.get(b[0])!);
        const at = firstLine.get(minority[0])!;
        // Anchor at the end of the block on that line (the line ending itself is in no block).
        const block = [...blocks].reverse().find((b) => b.line <= at) ?? blocks[0];
        context.report({
          block,
          range: [block.text.length, block.text.length],
          messageId: 'mixed',
          data: {
            actual: '',
            majority: NAMES[majority[0]],
            majorityCount: majority[1],
            minority: NAMES[minority[0]],
            minorityCount: others.reduce((sum, [, count]) => sum + count, 0),
            line: at,
          },
        });
      },
    };
  },
});
