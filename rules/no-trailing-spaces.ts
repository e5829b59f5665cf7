import { defineRule } from '../src/engine/rule.js';

/** Blanks at the end of a line: spaces, tabs, NBSP, U+3000 (from a run's first blank only: linear). */
const TRAILING = /(?<![ \t\u00A0\u3000])[ \t\u00A0\u3000]+$/gm;

export default defineRule({
  meta: {
    id: 'no-trailing-spaces',
    title: '行尾空白',
    category: 'whitespace',
    description: '行尾的空格、制表符、全角空格应删除。',
    docs: [
      '行尾空白看不见，却会在排版、比对修订和字数统计时带来麻烦（GB/T 9704-2012 对版面的要求是正文排满版心，行尾不留空白字符）。',
      '从网页、PDF 复制的文字常带行尾空格或全角空格。Markdown 中行尾两个空格表示换行，由解析器处理，不在此报告。',
      '修复：删除。行内和行首的空白分别由 no-abnormal-whitespace 和 indentation 检查。',
    ].join('\n'),
    severity: 'warn',
    fixable: 'safe',
    messages: {
      trailing: '行尾有多余的空白，应删除',
    },
    examples: {
      valid: ['各单位要高度重视。', '　　各单位要高度重视。'],
      invalid: [
        {
          text: '各单位要高度重视。  ',
          markdown: false, // Markdown drops trailing blanks itself
          output: '各单位要高度重视。',
          errors: [{ messageId: 'trailing', actual: '  ' }],
        },
        {
          text: '国务院总理\u3000',
          markdown: false,
          output: '国务院总理',
          errors: [{ messageId: 'trailing', actual: '\u3000' }],
        },
      ],
    },
  },
  create(context) {
    return {
      block(block) {
        for (const match of block.text.matchAll(TRAILING)) {
          if (match.index === 0 || block.text[match.index - 1] === '\n') continue; // a blank line is not a line end
          context.report({ block, range: [match.index, match.index + match[0].length], messageId: 'trailing', fix: { text: '' } });
        }
      },
    };
  },
});
