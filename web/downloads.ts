/** What the page lets the user save: the corrected document and the allow list as config. */
import type { PageDocument } from './session.js';

export interface Download {
  name: string;
  blob: Blob;
}

/**
 * The corrected text of a document as the page holds it. A Word document opened from a file
 * downloads as its reviewed copy instead (web/main.ts); this is its fallback after the text was edited.
 */
export function correctedDownload(doc: PageDocument): Download {
  const match = /^(.*?)(\.[^.]*)?$/.exec(doc.name)!;
  const extension = doc.encoding === 'docx' || !match[2] ? '.txt' : match[2];
  return { name: `${match[1]}（校对后）${extension}`, blob: new Blob([doc.text], { type: 'text/plain;charset=utf-8' }) };
}

/** What the user should know about the download before making it. */
export function downloadNote(doc: PageDocument): string {
  if (doc.encoding === 'docx') return '；Word 文档下载审校稿：每个问题一条批注，每处修复一处修订，在 Word 中逐条接受或拒绝';
  return doc.encoding === 'utf-8' ? '' : `；原文件是 ${doc.encoding.toUpperCase()} 编码，下载的修改稿是 UTF-8`;
}

/** The allow list as lines to put into .gongwenrc.yaml (JSON strings are valid YAML scalars); browsers drop a leading dot from a download name. */
export function allowSnippet(words: readonly string[]): Download {
  const text = ['# 并入 .gongwenrc.yaml（已有 allow: 时只添加下面的词）', 'allow:', ...words.map((word) => `  - ${JSON.stringify(word)}`), ''].join('\n');
  return { name: 'gongwenrc-允许词表.yaml', blob: new Blob([text], { type: 'text/yaml;charset=utf-8' }) };
}

export function save({ name, blob }: Download): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
