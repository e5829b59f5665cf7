/**
 * What the page asks of the linter: open a file, lint, and the rules' documentation (the page
 * applies fixes itself, with the engine's own fixer).
 * Everything goes through the library API, with the config of the folder the server started in
 * or a preset the user picked, plus the words the user allowed in the page.
 */
import path from 'node:path';
import { decodeFile, lintText, reviseDocx } from '../api.js';
import { configFromObject } from '../config/load.js';
import { presetNames } from '../config/presets.js';
import type { ResolvedConfig } from '../config/types.js';
import { loadAllRules } from '../engine/registry.js';
import { UserError } from '../errors.js';
import { isDocx } from '../io/docx.js';
import { formatOf, isSupportedFile, type SourceFormat } from '../source/document.js';
import type { LintMessage } from '../types.js';
import { FOLDER_CONFIG, type OpenedFile, type PageInfo, type PageRequest, type RuleDoc } from './protocol.js';

export class PageApi {
  private readonly presets = new Map<string, Promise<ResolvedConfig>>();

  /** `folderConfig`: the config in effect in the start folder (its file, or the default preset). */
  constructor(private readonly folderConfig: ResolvedConfig, private readonly cwd: string) {}

  async info(): Promise<PageInfo> {
    const folder = this.folderConfig.filePath
      ? [{ id: FOLDER_CONFIG, label: `本目录配置（${path.relative(this.cwd, this.folderConfig.filePath) || this.folderConfig.filePath}）` }]
      : [];
    const labels: Record<string, string> = { recommended: '推荐（recommended）', strict: '严格（strict）' };
    const rules = Object.fromEntries((await loadAllRules()).map(({ meta }) => [meta.id, {
      title: meta.title,
      category: meta.category,
      description: meta.description,
      docs: meta.docs,
      fixable: meta.fixable,
      invalid: meta.examples.invalid.map(({ text, output }) => ({ text, output })),
      valid: meta.examples.valid.map((example) => (typeof example === 'string' ? example : example.text)),
    } satisfies RuleDoc]));
    return { configs: [...folder, ...presetNames().map((id) => ({ id, label: labels[id] ?? id }))], rules };
  }

  async lint(request: PageRequest): Promise<{ messages: LintMessage[] }> {
    const { messages } = await lintText(request.text, await this.options(request));
    return { messages };
  }

  /** A dropped or chosen file as text; a file that is not a readable document is a UserError. */
  async open(name: string, bytes: Uint8Array): Promise<OpenedFile> {
    if (!isSupportedFile(name)) {
      throw new UserError('USAGE', '不支持这种文件：请选择 .txt、.md 或 .docx 文件（.doc、.wps 请先在 Word/WPS 中另存为 .docx）');
    }
    const { text, encoding } = await decodeFile(bytes, name);
    return { text, name, encoding: isDocx(name) ? 'docx' : encoding };
  }

  /**
   * A Word document's reviewed copy, as --review writes it: every problem a comment, every fix a
   * tracked change the author accepts or rejects in Word.
   */
  async review(name: string, bytes: Uint8Array, choice: Pick<PageRequest, 'config' | 'allow'>): Promise<Uint8Array> {
    if (!isDocx(name)) throw new UserError('USAGE', '只有 Word 文档（.docx）能生成审校稿');
    const { config } = await this.options({ ...choice, name, text: '' });
    return (await reviseDocx(bytes, name, { config, comments: true })).bytes;
  }

  private async options(request: PageRequest): Promise<{ config: ResolvedConfig; format: SourceFormat }> {
    const base = await this.config(request.config);
    return { config: { ...base, allow: [...base.allow, ...request.allow] }, format: formatOf(request.name) };
  }

  private config(choice: string): Promise<ResolvedConfig> {
    if (choice === FOLDER_CONFIG) return Promise.resolve(this.folderConfig);
    if (!presetNames().includes(choice)) throw new UserError('USAGE', `没有预设 "${choice}"`);
    let config = this.presets.get(choice);
    if (!config) this.presets.set(choice, (config = configFromObject({ extends: choice })));
    return config;
  }
}

/** Checks the JSON the page sent; anything else is a UserError (answered 400). */
export function pageRequest(body: unknown): PageRequest {
  const { text, name, config, allow } = (body ?? {}) as Record<string, unknown>;
  const valid = typeof text === 'string' && typeof name === 'string' && typeof config === 'string' &&
    Array.isArray(allow) && allow.every((word) => typeof word === 'string' && word.length > 0);
  if (!valid) throw new UserError('USAGE', '请求格式不对');
  return { text, name, config, allow };
}
