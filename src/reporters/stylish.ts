import path from 'node:path';
import { Chalk } from 'chalk';
import type { LintMessage, Severity } from '../types.js';
import { displayWidth } from './display-width.js';
import type { Reporter } from './types.js';

const LABELS: Record<Severity, string> = { error: 'error', warn: 'warning', info: 'info' };

/**
 * ESLint's stylish layout: a file header, one aligned row per problem, a summary. Columns are
 * aligned by display width, since a Han character takes two terminal cells.
 */
export const stylish: Reporter = (results, { color, cwd }) => {
  const chalk = new Chalk({ level: color ? 1 : 0 });
  const paint: Record<Severity, (s: string) => string> = { error: chalk.red, warn: chalk.yellow, info: chalk.blue };
  const out: string[] = [];
  const total = { error: 0, warn: 0, info: 0, fixableError: 0, fixableWarn: 0 };

  for (const result of results) {
    if (result.messages.length === 0) continue;
    out.push('', chalk.underline(path.relative(cwd, result.filePath) || result.filePath));
    const rows = result.messages.map((m) => [
      '',
      chalk.dim(`${m.line}:${m.column}`),
      paint[m.severity](LABELS[m.severity]),
      m.message + (m.fix ? '' : m.suggestions ? chalk.dim('（有建议）') : ''),
      chalk.dim(m.ruleId),
    ]);
    out.push(...alignRows(rows));
    for (const m of result.messages) count(total, m);
  }

  const problems = total.error + total.warn + total.info;
  if (problems === 0) return '';
  const summaryParts = [`${total.error} 个错误`, `${total.warn} 个警告`];
  if (total.info) summaryParts.push(`${total.info} 条提示`);
  const mark = total.error ? chalk.red.bold('✖') : total.warn ? chalk.yellow.bold('⚠') : chalk.blue.bold('ℹ');
  out.push('', `${mark} ${chalk.bold(`共 ${problems} 个问题（${summaryParts.join('，')}）`)}`);
  const fixable = total.fixableError + total.fixableWarn;
  if (fixable) out.push(chalk.dim(`  其中 ${fixable} 个可以用 \`--fix\` 自动修复（${total.fixableError} 个错误，${total.fixableWarn} 个警告）。`));
  return out.join('\n') + '\n';
};

function count(total: { error: number; warn: number; info: number; fixableError: number; fixableWarn: number }, m: LintMessage) {
  total[m.severity]++;
  if (m.fix && m.severity === 'error') total.fixableError++;
  if (m.fix && m.severity === 'warn') total.fixableWarn++;
}

/** Pads each column to its widest cell, measured in terminal cells; the last column is not padded. */
export function alignRows(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  return rows.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat(widths[i] - displayWidth(cell))))
      .join('  ')
      .trimEnd(),
  );
}
