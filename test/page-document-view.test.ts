/** The page's document view: findings as marks on the right text, line by line. */
import { describe, expect, it } from 'vitest';
import type { LintMessage } from '../src/types.js';
import { documentHtml } from '../web/document-view.js';

const finding = (start: number, end: number, severity: LintMessage['severity'] = 'error') =>
  ({ range: [start, end], severity, message: '<说明>' }) as LintMessage;

describe('documentHtml', () => {
  it('marks each finding once, escapes the text, one element per line', () => {
    expect(documentHtml('甲<乙>丙\n丁', [finding(1, 4, 'warn')])).toBe(
      '<div class="line">甲<span class="mark warn" data-index="0" title="&#60;说明&#62;">&#60;乙&#62;</span>丙</div><div class="line">丁</div>');
  });

  it('splits a finding across a line break, drops the CR of CRLF, keeps empty lines', () => {
    expect(documentHtml('甲乙\r\n\r\n丙', [finding(1, 7)])).toBe(
      '<div class="line">甲<span class="mark error" data-index="0" title="&#60;说明&#62;">乙</span></div>' +
      '<div class="line"><span class="mark error" data-index="0" title="&#60;说明&#62;"></span></div>' +
      '<div class="line"><span class="mark error" data-index="0" title="&#60;说明&#62;">丙</span></div>');
  });

  it('shows blanks and insertion points; a finding inside an earlier one is left to the list', () => {
    const html = documentHtml('甲\u00a0乙丙', [finding(1, 2), finding(3, 3), finding(2, 4), finding(2, 3)]);
    expect(html).toContain('class="mark error blank" data-index="0"');
    expect(html).toContain('class="mark error empty" data-index="1"');
    expect(html).toContain('data-index="2" title="&#60;说明&#62;">丙</span>');
    expect(html).not.toContain('data-index="3"');
  });
});
