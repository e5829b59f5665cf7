/** What the page and the server send each other (shared by src/web and the page's code in web/). */

/** The config choice of the page that means the start folder's own config. */
export const FOLDER_CONFIG = 'folder';

/** The largest upload or request the server takes. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export const TOO_LARGE_MESSAGE = '文件太大：最多 20 MB（公文文本通常远小于此；Word 文档可先删去图片再试）';

export interface PageRequest {
  text: string;
  /** The document's file name (decides Markdown or plain text). */
  name: string;
  /** FOLDER_CONFIG or a preset name. */
  config: string;
  /** Words the user allowed in the page, on top of the config's allow list. */
  allow: string[];
}

export interface RuleDoc {
  title: string;
  category: string;
  description: string;
  /** Markdown. */
  docs?: string;
  fixable: 'safe' | 'suggest' | false;
  invalid: Array<{ text: string; output?: string }>;
  valid: string[];
}

export interface PageInfo {
  /** The config choices, the first the default. */
  configs: Array<{ id: string; label: string }>;
  rules: Record<string, RuleDoc>;
}

export interface OpenedFile {
  text: string;
  name: string;
  /** The encoding it was decoded from, or 'docx'. */
  encoding: string;
}
