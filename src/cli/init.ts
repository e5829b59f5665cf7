import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_FILES } from '../config/load.js';
import { HOMEPAGE } from '../engine/urls.js';
import { UserError } from '../errors.js';

export const STARTER_CONFIG = `# gongwen-lint 配置文件。说明见 ${HOMEPAGE}#配置
# 从当前目录向上查找第一个 .gongwenrc.json / .gongwenrc.yaml / package.json#gongwen。

# 预设：recommended（默认，几乎无误报）或 strict（更多规则，可能有少量误报）。
extends: recommended

# 逐条调整规则：off | info | warn | error，或 [级别, {选项}]。
rules:
  # no-repeated-word: error
  # no-abnormal-whitespace: warn

# 自己的词典文件（YAML，文件顶部写 kind，格式见 ${HOMEPAGE}/blob/main/docs/dictionaries.md）。
dictionaries: []
#  - ./词典/本单位错别字.yml

# 永远不报告的词：单位名称、人名、引文中的原文等。
allow: []
#  - 新时达电气

settings:
  # 公文的成文日期，决定哪些规范表述适用（也可不写，按文中出现的年份判断）。
  # documentDate: "2023-12-31"

# 不检查的文件（相对本配置文件的 glob）。
ignorePatterns: []
#  - 归档/**
`;

/** Writes a commented starter config into `dir`; refuses to overwrite an existing config. */
export function writeStarterConfig(dir: string): string {
  const existing = CONFIG_FILES.filter((name) => name !== 'package.json').find((name) => existsSync(path.join(dir, name)));
  if (existing) throw new UserError('USAGE', '已有配置文件，未覆盖', path.join(dir, existing));
  const file = path.join(dir, '.gongwenrc.yaml');
  writeFileSync(file, STARTER_CONFIG);
  return file;
}
