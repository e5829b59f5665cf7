import { parseArgs } from 'node:util';
import { displayWidth } from '../reporters/display-width.js';
import { UserError } from '../errors.js';

/** Every CLI option, with the help line shown by --help. */
export const OPTIONS = {
  format: { type: 'string', short: 'f', default: 'stylish', help: '输出格式：stylish（默认）、json、sarif、github、checkstyle、rdjson' },
  'output-file': { type: 'string', short: 'o', help: '把报告写入文件而不是标准输出' },
  color: { type: 'boolean', help: '强制彩色输出' },
  'no-color': { type: 'boolean', help: '不用颜色（也可设环境变量 NO_COLOR）' },
  quiet: { type: 'boolean', help: '只报告错误，不报告警告和提示' },
  'max-warnings': { type: 'string', help: '警告多于此数时以退出码 1 结束' },
  config: { type: 'string', short: 'c', help: '使用指定的配置文件，不再向上查找' },
  'ignore-pattern': { type: 'string', multiple: true, help: '不检查匹配此 glob 的文件（可多次使用）' },
  'no-error-on-unmatched-pattern': { type: 'boolean', help: '目录或 glob 没有可检查的文件时不报错' },
  stdin: { type: 'boolean', help: '从标准输入读取文本' },
  'stdin-filename': { type: 'string', help: '标准输入文本的文件名（决定格式和配置）' },
  encoding: { type: 'string', help: '文件编码：utf-8、utf-16le、utf-16be、gb18030（默认自动识别）' },
  fix: { type: 'boolean', help: '自动修复可安全修复的问题并写回文件' },
  'fix-dry-run': { type: 'boolean', help: '只以统一差异（diff）格式显示修复结果，不写文件' },
  review: { type: 'boolean', help: 'Word 文档另存一份审校稿（报告.审校.docx，或 --output-file 指定）：问题写成批注，修复写成修订' },
  'fix-type': { type: 'string', help: '只修复这些类别（逗号分隔）：word、punctuation、number、structure、whitespace、term' },
  concurrency: { type: 'string', help: '并行检查的线程数：auto（默认：文本多时按 CPU 核数）、off 或数字' },
  cache: { type: 'boolean', help: '跳过未改动的文件（结果存于当前目录的 .gongwen-cache）' },
  baseline: { type: 'string', help: '基线文件（默认 .gongwen-baseline.json，存在即生效）：只报告新问题' },
  'write-baseline': { type: 'boolean', help: '把现有的全部问题记入基线文件' },
  'prune-baseline': { type: 'boolean', help: '从基线文件中删去已经改正的问题' },
  init: { type: 'boolean', help: '在当前目录生成带注释的配置文件 .gongwenrc.yaml' },
  'print-config': { type: 'string', help: '打印对某个文件生效的完整配置' },
  lsp: { type: 'boolean', help: '作为语言服务器（LSP）运行，经标准输入输出与编辑器通信' },
  port: { type: 'string', help: 'serve：校对页面的端口（默认任选一个空闲端口）' },
  open: { type: 'boolean', help: 'serve：启动后用浏览器打开校对页面' },
  debug: { type: 'boolean', help: '内部错误时打印调用栈' },
  version: { type: 'boolean', short: 'v', help: '显示版本' },
  help: { type: 'boolean', short: 'h', help: '显示帮助' },
} as const;

export type CliOptions = {
  [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K] extends { multiple: true } ? string[] : (typeof OPTIONS)[K]['type'] extends 'boolean' ? boolean : string;
};

export function parseCliArgs(argv: string[]): { options: CliOptions; patterns: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: Object.fromEntries(Object.entries(OPTIONS).map(([name, { help: _help, ...spec }]) => [name, spec])),
      allowPositionals: true,
      strict: true,
    });
    return { options: values as CliOptions, patterns: positionals };
  } catch (error) {
    throw new UserError('USAGE', `${parseErrorMessage(error as NodeJS.ErrnoException)}（用 --help 查看用法）`);
  }
}

/** node:util parseArgs's English messages, said in Chinese like the rest of the CLI. */
function parseErrorMessage(error: NodeJS.ErrnoException): string {
  const option = /'(?:-\w, )?(-[^' ]*)/.exec(error.message)?.[1] ?? '';
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `未知的选项 ${option}`;
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /argument missing/.test(error.message) ? `选项 ${option} 需要一个值` : `选项 ${option} 不接受值`;
  }
  return error.message;
}

export function helpText(): string {
  const names = Object.entries(OPTIONS).map(([name, spec]) => `  ${'short' in spec ? `-${spec.short}, ` : '    '}--${name}${spec.type === 'string' ? ' <值>' : ''}`);
  // Padded by display width: 值 takes two columns in a terminal.
  const width = Math.max(...names.map((name) => displayWidth(name))) + 2;
  const rows = Object.values(OPTIONS).map((spec, i) => names[i] + ' '.repeat(width - displayWidth(names[i])) + spec.help);
  return [
    '用法：gongwen-lint [选项] <文件、目录或 glob …>',
    '      gongwen-lint serve [--port <端口>] [--open]   在本机浏览器中校对（粘贴或拖入文件，不上传到任何服务器）',
    '',
    '检查中文公文（.txt、.md、.docx）中的错别字、重复词、标点、数字和标题层级等问题。',
    '',
    '选项：',
    ...rows,
    '',
    '退出码：0 没有错误；1 有错误（或警告超过 --max-warnings）；2 用法或配置错误、文件无法读取或解码、内部错误。',
    '',
  ].join('\n');
}
