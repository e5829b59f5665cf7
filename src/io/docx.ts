import { UserError } from '../errors.js';

/** Word documents (.docx) are read, never written: a fix has to be made in Word. */
export const isDocx = (file: string) => /\.docx$/i.test(file);

/**
 * The text of a .docx file, one paragraph per line (line N of a message is paragraph N; a manual
 * line break inside a paragraph also starts a line). mammoth extracts the text of the body:
 * paragraphs, tables, lists; not headers, footers or comments. It is imported only when a .docx
 * file comes.
 */
export async function docxText(bytes: Uint8Array, file: string): Promise<string> {
  const { default: mammoth } = await import('mammoth');
  try {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    // mammoth ends every paragraph with a blank line.
    return value.replace(/\n\n/g, '\n');
  } catch {
    throw new UserError('FILE_UNDECODABLE', '无法读取 Word 文档：不是有效的 .docx 文件（可能已损坏，或是改了扩展名的 .doc 文件）', file);
  }
}
