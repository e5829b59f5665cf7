/**
 * Generates the rule documentation from each rule's meta (the single source):
 * docs/rules/<id>.md, and the rules table in README.md between the rules:start/end markers.
 *
 *   npx tsx scripts/docs.ts          # write
 *   npx tsx scripts/docs.ts --check  # exit 1 when the files are out of date (used by a test)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CATEGORY_NAMES } from '../src/categories.js';
import { OPTIONS } from '../src/cli/args.js';
import { readPreset, presetNames } from '../src/config/presets.js';
import { loadAllRules } from '../src/engine/registry.js';
import type { Rule } from '../src/engine/rule.js';
import { packageRoot } from '../src/package-root.js';

const FIXABLE: Record<string, string> = { safe: '自动修复', suggest: '建议', false: '—' };

/** What fixing does with the default options: a safe rule that fixes only when an option is set suggests by default. */
function fixLabel(meta: Rule<object>['meta']): string {
  const fixesByDefault = meta.examples.invalid.some((example) => !example.options && example.output !== undefined);
  return meta.fixable === 'safe' && !fixesByDefault ? '建议（按选项可自动修复）' : FIXABLE[String(meta.fixable)];
}

/** Which presets turn each rule on. */
function presetsOf(): Map<string, string[]> {
  const byRule = new Map<string, string[]>();
  for (const name of presetNames()) {
    const seen = new Set<string>();
    const collect = (preset: string) => {
      const config = readPreset(preset);
      for (const parent of [config?.extends ?? []].flat()) collect(parent);
      for (const [id, setting] of Object.entries(config?.rules ?? {})) {
        const level = Array.isArray(setting) ? setting[0] : setting;
        if (level === 'off') seen.delete(id);
        else seen.add(id);
      }
    };
    collect(name);
    for (const id of seen) byRule.set(id, [...(byRule.get(id) ?? []), name]);
  }
  return byRule;
}

// Characters a reader could not see (or Markdown would swallow) are shown as visible symbols.
const VISIBLE: Record<string, string> = { '\r': '␍', '\n': '⏎', '|': '\\|', '\u00A0': '⍽', '\u3000': '□' };
const inline = (text: string) => `「${text.replace(/[\r\n|\u00A0\u3000]/g, (char) => VISIBLE[char])}」`;

function rulePage(rule: Rule<object>, presets: string[]): string {
  const { meta } = rule;
  const lines = [
    `# ${meta.id}：${meta.title}`,
    '',
    meta.description,
    '',
    `- 类别：${CATEGORY_NAMES[meta.category] ?? meta.category}`,
    `- 默认级别：${meta.severity}`,
    `- 修复：${fixLabel(meta)}`,
    `- 所在预设：${presets.length ? presets.join('、') : '无（需在配置中开启）'}`,
    '',
  ];
  if (meta.docs) lines.push('## 说明', '', meta.docs, '');
  const options = Object.entries(meta.options ?? {});
  if (options.length) {
    lines.push('## 选项', '', '| 选项 | 默认值 | 可选值 |', '| --- | --- | --- |');
    for (const [key, value] of options) {
      const allowed = (meta.optionValues as Record<string, readonly string[]> | undefined)?.[key];
      lines.push(`| \`${key}\` | \`${JSON.stringify(value)}\` | ${allowed ? allowed.map((v) => `\`${v}\``).join('、') : '—'} |`);
    }
    lines.push('');
  }
  lines.push('## 示例', '', '会报告：', '');
  for (const example of meta.examples.invalid) {
    lines.push(`- ${inline(example.text)}${example.output !== undefined ? ` → ${inline(example.output)}` : ''}`);
  }
  lines.push('', '不会报告：', '');
  for (const example of meta.examples.valid) lines.push(`- ${inline(typeof example === 'string' ? example : example.text)}`);
  lines.push('', `配置：\`"rules": { "${meta.id}": "error" }\``, '');
  return lines.join('\n');
}

function rulesTable(rules: Array<Rule<object>>, presets: Map<string, string[]>): string {
  const rows = rules.map(({ meta }) => {
    const example = meta.examples.invalid[0];
    const shown = example.output !== undefined ? `${inline(example.text)} → ${inline(example.output)}` : inline(example.text);
    return `| [${meta.id}](docs/rules/${meta.id}.md) | ${meta.title} | ${CATEGORY_NAMES[meta.category] ?? meta.category} | ${(presets.get(meta.id) ?? []).join('、') || '—'} | ${fixLabel(meta)} | ${shown} |`;
  });
  return ['| 规则 | 名称 | 类别 | 预设 | 修复 | 示例 |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
}

function optionsTable(): string {
  const rows = Object.entries(OPTIONS).map(([name, spec]) => {
    const short = 'short' in spec ? `\`-${spec.short}\`, ` : '';
    const value = spec.type === 'string' ? ' <值>' : '';
    return `| ${short}\`--${name}${value}\` | ${spec.help} |`;
  });
  return ['| 选项 | 说明 |', '| --- | --- |', ...rows].join('\n');
}

export async function generate(): Promise<Map<string, string>> {
  const root = packageRoot();
  const rules = (await loadAllRules()).sort((a, b) => a.meta.id.localeCompare(b.meta.id));
  const presets = presetsOf();
  const files = new Map<string, string>();
  for (const rule of rules) files.set(path.join(root, 'docs', 'rules', `${rule.meta.id}.md`), rulePage(rule, presets.get(rule.meta.id) ?? []));
  const readmePath = path.join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const table = `<!-- rules:start (generated by scripts/docs.ts) -->\n${rulesTable(rules, presets)}\n<!-- rules:end -->`;
  const options = `<!-- options:start (generated by scripts/docs.ts) -->\n${optionsTable()}\n<!-- options:end -->`;
  files.set(
    readmePath,
    readme.replace(/<!-- rules:start[^]*?<!-- rules:end -->/, table).replace(/<!-- options:start[^]*?<!-- options:end -->/, options),
  );
  return files;
}

async function main() {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [file, content] of await generate()) {
    const current = (() => {
      try {
        return readFileSync(file, 'utf8');
      } catch {
        return undefined;
      }
    })();
    if (current === content) continue;
    stale++;
    if (check) console.error(`out of date: ${path.relative(packageRoot(), file)}`);
    else {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, content);
    }
  }
  if (check && stale) {
    console.error('run: npx tsx scripts/docs.ts');
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) await main();
