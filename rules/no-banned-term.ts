import { defineRule } from '../src/engine/rule.js';
import { substitutionHandlers } from '../src/engine/substitutions.js';

export default defineRule({
  meta: {
    id: 'no-banned-term',
    title: '禁用词',
    category: 'term',
    description: '公文中不应使用的称谓和说法（“残废人”“法人代表”“台湾政府”“北朝鲜”），按词典（dictionaries/banned-terms.yml）给出规范说法。',
    docs: [
      '主要依据新华社《新闻报道中的禁用词》（2016年修订）和相关法律：',
      '对残疾人的蔑称（“残废人”→“残疾人”，《残疾人保障法》），法律术语（“法人代表”→“法定代表人”，《民法典》第六十一条；',
      '“嫌犯”→“犯罪嫌疑人”），涉台、涉港澳和涉外称谓（“台湾政府”→“台湾当局”，“北朝鲜”→“朝鲜”），民族宗教称谓（“满清”→“清朝”）。',
      '',
      '只收在公文中明确错误的说法。改法依上下文而定的（“中港合作”、“聋哑人”）只给建议。',
      '有起始年份的条目按文档年份判断：1992年中韩建交前的文件称“南朝鲜”、1988年以前称“残废军人”，不报。',
    ].join('\n'),
    severity: 'error',
    fixable: 'safe',
    needs: ['tokens'],
    dictionaries: ['banned-terms'],
    messages: {
      banned: '“{{actual}}”不宜使用，应为“{{expected}}”',
      uncertain: '“{{actual}}”不宜使用，可改为“{{expected}}”',
    },
    examples: {
      valid: [
        '为残疾人提供就业援助，落实残疾军人抚恤优待政策。',
        '由企业法定代表人签字确认。',
        { text: '1956年，我们同南朝鲜人民一道反对侵略。', markdown: false },
        '深化内地与香港经贸合作。',
      ],
      invalid: [
        {
          text: '为残废人提供就业援助，由企业法人代表签字确认。',
          output: '为残疾人提供就业援助，由企业法定代表人签字确认。',
          errors: [
            { messageId: 'banned', actual: '残废人' },
            { messageId: 'banned', actual: '法人代表' },
          ],
        },
        {
          text: '2023年，敦促台湾政府停止挑衅。',
          output: '2023年，敦促台湾当局停止挑衅。',
          errors: [{ messageId: 'banned', actual: '台湾政府' }],
        },
        {
          text: '为聋哑人提供手语服务。',
          errors: [{ messageId: 'uncertain', actual: '聋哑人', suggestions: ['为聋人提供手语服务。', '为听力言语残疾人提供手语服务。'] }],
        },
      ],
    },
  },
  create(context) {
    return substitutionHandlers(context, 'banned-terms', { certain: 'banned', uncertain: 'uncertain' });
  },
});
