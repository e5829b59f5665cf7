import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { configForFile, configFromObject } from './config/load.js';
import type { UserConfig } from './config/types.js';
import { lintSource } from './engine/lint.js';
import { toVFileMessages } from './vfile-messages.js';

export interface RemarkGongwenOptions {
  /** A config object; default: the nearest config file above the file (or the working directory). */
  config?: UserConfig;
}

/**
 * gongwen-lint as a unified/remark plugin: lints the tree the pipeline parsed and adds vfile
 * messages (ruleId, source, url, actual, expected) to the file.
 *
 *   unified().use(remarkParse).use(remarkGongwen).process(text)
 */
export default function remarkGongwen(options: RemarkGongwenOptions = {}) {
  return async (tree: Root, file: VFile) => {
    const config = options.config ? await configFromObject(options.config, file.cwd) : await configForFile(file.path ?? `${file.cwd}/<text>`);
    const text = String(file.value);
    const result = await lintSource(text, { config, filePath: file.path, tree });
    toVFileMessages(result, file);
  };
}
