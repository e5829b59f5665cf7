import JSZip from 'jszip';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A minimal Word document (.docx) with one paragraph per line of `text`, as Word writes them:
 * each paragraph split into runs of at most `runLength` characters (Word splits runs at edits).
 */
export async function makeDocx(text: string, runLength = 7): Promise<Buffer> {
  const paragraphs = text.split(/\r?\n/).map((line) => {
    const runs: string[] = [];
    for (let i = 0; i < line.length; i += runLength) runs.push(`<w:r><w:t xml:space="preserve">${escape(line.slice(i, i + runLength))}</w:t></w:r>`);
    return `<w:p>${runs.join('')}</w:p>`;
  });
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.join('')}</w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer' });
}
