import { defineRule } from '../src/engine/rule.js';

interface Options {
  /** 'keep': 公文 indent each paragraph with two U+3000; 'remove': the layout tool indents. */
  fullWidthIndent: 'keep' | 'remove';
}

const INDENT = /^[ \t\u00A0\u3000]+(?=\S)/;

export default defineRule<Options>({
  meta: {
    id: 'indentation',
    title: '段首缩进',
    category: 'whitespace',
    description: '段首缩进用两个全角空格（U+3000），不用制表符或半角空格；也可配置为不在文字中缩进。',
    docs: [
      'GB/T 9704-2012 7.3.3：正文每个自然段左空二字，回行顶格。纯文本中的“左空二字”就是两个全角空格（U+3000）。',
      '制表符的宽度因软件而异，半角空格只有半个字宽，都不能可靠地“空二字”，报告并建议改为两个全角空格。',
      '选项 fullWidthIndent：keep（默认）保留全角空格缩进；remove 时全角空格缩进也报告并删除，适用于由排版软件统一设置首行缩进、',
      '文字本身不留缩进的单位。用一长串空白推到右侧的短行（发文机关署名、成文日期）是对齐，不是缩进，不报告。',
    ].join('\n'),
    severity: 'warn',
    fixable: 'safe',
    options: { fullWidthIndent: 'keep' },
    optionValues: { fullWidthIndent: ['keep', 'remove'] },
    messages: {
      tabOrSpace: '段首用{{kind}}缩进，应为两个全角空格',
      fullWidth: '段首有全角空格缩进，按配置应删除（由排版设置首行缩进）',
      suggestFullWidth: '改为两个全角空格',
    },
    examples: {
      valid: [
        '　　各单位要高度重视。',
        '各单位要高度重视。',
        { text: '                                  2024年3月5日', markdown: false }, { text: '各单位要高度重视。', options: { fullWidthIndent: 'remove' } }],
      invalid: [
        {
          text: '\t各单位要高度重视。',
          markdown: false, // a leading tab makes a Markdown code block
          errors: [{ messageId: 'tabOrSpace', actual: '\t', suggestions: ['　　各单位要高度重视。'] }],
        },
        {
          text: '  各单位要高度重视。',
          markdown: false,
          errors: [{ messageId: 'tabOrSpace', actual: '  ', suggestions: ['　　各单位要高度重视。'] }],
        },
        {
          text: '　　各单位要高度重视。',
          options: { fullWidthIndent: 'remove' },
          output: '各单位要高度重视。',
          errors: [{ messageId: 'fullWidth', actual: '　　' }],
        },
      ],
    },
  },
  create(context) {
    return {
      block(block) {
        const indent = INDENT.exec(block.text);
        if (!indent) return;
        const range: [number, number] = [0, indent[0].length];
        if (/^\u3000+$/.test(indent[0])) {
          if (context.options.fullWidthIndent === 'remove') context.report({ block, range, messageId: 'fullWidth', fix: { text: '' } });
          return;
        }
        // A short line pushed right by a long run of blanks is aligned (署名、成文日期), not indented.
        if (indent[0].length > 4 && block.text.trim().length < 20) return;
        const kind = indent[0].includes('\t') ? '制表符' : indent[0].includes('\u3000') ? '全角与半角混合的空白' : '半角空格';
        context.report({
          block,
          range,
          messageId: 'tabOrSpace',
          data: { kind },
          suggest: [{ text: '\u3000\u3000', messageId: 'suggestFullWidth' }],
        });
      },
    };
  },
});
