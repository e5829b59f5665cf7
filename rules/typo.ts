import { defineRule } from '../src/engine/rule.js';
import { substitutionHandlers } from '../src/engine/substitutions.js';

export default defineRule({
  meta: {
    id: 'typo',
    title: '错别字',
    category: 'word',
    description: '按错别字词典（dictionaries/typos.yml）查找公文中常见的错别字，如“新时达”“再接再励”“布署”。',
    docs: [
      '词典收录公文写作中高频出现、改法确定的错别字，每条注明依据：',
      '《现代汉语词典》（第7版）、《第一批异形词整理表》（GF 1001—2001）、',
      '《咬文嚼字》编辑部“当代汉语出版物中最常见的100个别字”，以及党内法规和中央文件中的规范写法。',
      '',
      '- 词典的第一个 `right` 是自动修复，其余作为建议；标有 `certain: false` 的条目只给建议。',
      '- `allows` 列出错误写法在其中是正确的上下文（如公司名“新时达电气”），这些地方不报。',
      '- 标有 `boundary: true` 的条目，若匹配拆开了分词结果中的一个真实词语（“取得成功坚定信心”里的“功坚”），不报。',
      '- 标有 `validFrom`/`validUntil` 的条目只用于相应年份的文档（年份取配置 `settings.documentDate`，否则取文中出现的最晚年份）：',
      '  “成份”“帐目”在《第一批异形词整理表》2002年施行之前是通行写法，不报。',
      '- `unless` 是正则表达式，匹配所在句子时不报（“既使群众满意，又使企业受益”中的“既使”）。',
      '',
      '不在词典中的错字由 `typo-candidate` 按拼音相近推测。增加条目见 `docs/dictionaries.md`。',
    ].join('\n'),
    severity: 'error',
    fixable: 'safe',
    needs: ['tokens'],
    dictionaries: ['typos'],
    messages: {
      typo: '“{{actual}}”疑为错字，应为“{{expected}}”',
      uncertain: '“{{actual}}”可能是错字，请确认是否应为“{{expected}}”',
    },
    examples: {
      valid: [
        '贯彻新时代党的组织路线，坚持新时代好干部标准。',
        '组织开展支部主题党日50余次。',
        '上海新时达电气股份有限公司参加了本次对接会。',
        '取得成功坚定了我们的信心。',
        '按排名先后确定入围名单。',
        '既使群众满意，又使企业受益。',
        '截至目前，已完成年度任务的85%。',
      ],
      invalid: [
        {
          text: '（二）激发干部队伍活力。贯彻新时达党的组织路线，坚持新时代好干部标准。',
          output: '（二）激发干部队伍活力。贯彻新时代党的组织路线，坚持新时代好干部标准。',
          errors: [{ messageId: 'typo', actual: '新时达' }],
        },
        {
          text: '全年组织开展支部主体党日50余次。',
          output: '全年组织开展支部主题党日50余次。',
          errors: [{ messageId: 'typo', actual: '主体党日' }],
        },
        {
          text: '全体党员干部要再接再励，认真布署明年工作。',
          output: '全体党员干部要再接再厉，认真部署明年工作。',
          errors: [
            { messageId: 'typo', actual: '再接再励' },
            { messageId: 'typo', actual: '布署' },
          ],
        },
        {
          text: '既使任务再重，也要按时完成。',
          output: '即使任务再重，也要按时完成。',
          errors: [{ messageId: 'typo', actual: '既使' }],
        },
        {
          text: '截止目前，全市已按装充电桩1200个。',
          output: '截至目前，全市已安装充电桩1200个。',
          errors: [
            { messageId: 'typo', actual: '截止目前' },
            { messageId: 'typo', actual: '按装' },
          ],
        },
        {
          text: '项目进展情况已建立台帐，实行销号管理。',
          output: '项目进展情况已建立台账，实行销号管理。',
          errors: [{ messageId: 'typo', actual: '台帐' }],
        },
        {
          text: '持续开展专项整治，有效遏止违法违规行为。',
          errors: [{ messageId: 'uncertain', actual: '遏止', suggestions: ['持续开展专项整治，有效遏制违法违规行为。'] }],
        },
      ],
    },
  },
  create(context) {
    return substitutionHandlers(context, 'typos', { certain: 'typo', uncertain: 'uncertain' });
  },
});
