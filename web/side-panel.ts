/** The side of the page: findings grouped by category, and the chosen finding with its rule's docs. */
import { CATEGORY_NAMES } from '../src/categories.js';
import type { LintMessage, RuleCategory, Severity } from '../src/types.js';
import type { RuleDoc } from '../src/web/protocol.js';
import { escapeHtml } from './document-view.js';
import { markdownHtml } from './markdown.js';
import { fixOf } from './session.js';

const SEVERITY_NAMES: Record<Severity, string> = { error: '错误', warn: '警告', info: '提示' };
const VISIBLE: Record<string, string> = { ' ': '␣', '\u00a0': '⍽', '\u3000': '□', '\t': '⇥', '\n': '⏎', '\r': '␍' };

/** Flagged text as a reader can see it: blanks as symbols, an insertion point as ‸. */
const shown = (text: string) => escapeHtml(text.replace(/[ \u00a0\u3000\t\r\n]/g, (c) => VISIBLE[c])) || '‸';

export function findingsHtml(findings: readonly LintMessage[], rules: Record<string, RuleDoc>, current: number, ignoredCount: number): string {
  const ignored = ignoredCount ? ` <button type="button" data-action="restore">恢复已忽略的 ${ignoredCount} 处</button>` : '';
  if (findings.length === 0) return `<h2>没有发现问题${ignored}</h2>`;
  const groups = (Object.keys(CATEGORY_NAMES) as RuleCategory[]).flatMap((category) => {
    const items = findings.map((m, index) => ({ m, index })).filter(({ m }) => m.category === category);
    if (items.length === 0) return [];
    const rows = items.map(({ m, index }) => `<li class="finding-item${index === current ? ' current' : ''}" data-index="${index}" tabindex="-1">` +
      `<span class="dot ${m.severity}" title="${SEVERITY_NAMES[m.severity]}"></span>` +
      `<span>「${shown(m.actual)}」${m.expected === undefined ? '' : m.expected === '' ? ' → 删去' : ` → 「${shown(m.expected)}」`} <small>${escapeHtml(rules[m.ruleId]?.title ?? m.ruleId)}</small></span>` +
      `<span class="where">第 ${m.line} 行</span></li>`);
    return [`<h3 class="group-title">${CATEGORY_NAMES[category]}（${items.length}）</h3><ul class="finding-list">${rows.join('')}</ul>`];
  });
  return `<h2><span>问题 <span id="count">${findings.length}</span> 处</span>${ignored}</h2>${groups.join('')}`;
}

export function detailHtml(finding: LintMessage, rule: RuleDoc | undefined, sameRule: number): string {
  const fix = fixOf(finding);
  const actions = [
    ...(finding.fix ? [`<button type="button" class="primary" data-action="accept">接受修复（Enter）</button>`] : []),
    ...(finding.fix ? [] : (finding.suggestions ?? []).map((s, i) => `<button type="button" class="${i === 0 ? 'primary' : ''}" data-action="suggest" data-suggestion="${i}">${escapeHtml(s.desc)}</button>`)),
    `<button type="button" data-action="ignore">忽略此处（I）</button>`,
    ...(fix && sameRule > 1 ? [`<button type="button" data-action="accept-rule">全部接受“${escapeHtml(rule?.title ?? finding.ruleId)}”（${sameRule} 处）</button>`] : []),
  ];
  const examples = rule
    ? `<h3>示例</h3><ul>${rule.invalid.slice(0, 3).map((e) => `<li>✗ ${escapeHtml(e.text)}${e.output !== undefined ? `<br>✓ ${escapeHtml(e.output)}` : ''}</li>`).join('')}` +
      `${rule.valid.slice(0, 2).map((text) => `<li>✓ ${escapeHtml(text)}</li>`).join('')}</ul>`
    : '';
  return `<p class="message">${escapeHtml(finding.message)}</p>` +
    `<p>${SEVERITY_NAMES[finding.severity]} · 第 ${finding.line} 行第 ${finding.column} 列 · ${escapeHtml(finding.ruleId)}</p>` +
    `<div class="actions">${actions.join('')}</div>` +
    `<form class="allow-word" data-action="allow"><input name="word" value="${escapeHtml(finding.actual.trim())}" aria-label="允许的词"><button type="submit">加入允许词表</button></form>` +
    (rule ? `<div class="rule-docs"><h3>为什么：${escapeHtml(rule.title)}</h3><p>${escapeHtml(rule.description)}</p>${rule.docs ? markdownHtml(rule.docs) : ''}${examples}</div>` : '');
}
