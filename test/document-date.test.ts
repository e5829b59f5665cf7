import { describe, expect, it } from 'vitest';
import { appliesInYear, documentYear } from '../src/document-date.js';

describe('documentYear', () => {
  it('prefers the configured date', () => {
    expect(documentYear({ documentDate: '2016-03-05' }, ['2023年'])).toBe(2016);
  });
  it('reads Arabic, full-width and Chinese-numeral years, skipping targets and future years', () => {
    expect(documentYear({}, ['二〇二三年工作总结，一九八八年', '到2035年基本实现现代化'])).toBe(2023);
    expect(documentYear({}, ['１９９２年'])).toBe(1992);
    expect(documentYear({}, ['3000年', '没有年份'])).toBeUndefined();
  });
  it('ignores a year named once when others are named twice', () => {
    expect(documentYear({}, ['一九八三年……一九八三年……一九九七年收回香港'])).toBe(1983);
  });
});

describe('appliesInYear', () => {
  it('from inclusive, until exclusive; unknown year counts as now', () => {
    expect(appliesInYear({ validFrom: 2016 }, 2016)).toBe(true);
    expect(appliesInYear({ validFrom: '2016-07-01' }, 2015)).toBe(false);
    expect(appliesInYear({ validUntil: 2020 }, 2020)).toBe(false);
    expect(appliesInYear({ validUntil: 2020 }, undefined)).toBe(false);
    expect(appliesInYear({ validFrom: 2016 }, undefined)).toBe(true);
  });
});
