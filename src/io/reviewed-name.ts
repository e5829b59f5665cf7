/**
 * 报告.docx → 报告.审校.docx: the name of a Word document's reviewed copy, the same for --review and
 * for the local page's download (so no Node module here: the page's bundle imports it too).
 */
export function reviewedName(name: string): string {
  return name.replace(/(\.[^./\\]*)?$/, (extension) => `.审校${extension || '.docx'}`);
}
