/**
 * The README's picture of a reviewed Word copy, made by real components: LibreOffice turns the
 * seed report into a .docx, gongwen-lint --review writes the reviewed copy, LibreOffice renders it
 * to PDF (comments as PDF notes) and pdftoppm crops the top of page 1.
 *
 *   npx tsx scripts/docx-screenshot.ts        # needs soffice (libreoffice-writer-nogui) and pdftoppm (poppler-utils)
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUT = path.join(REPO, 'docs/images/docx-review.png');
const work = mkdtempSync(path.join(tmpdir(), 'gongwen-screenshot-'));

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: work, encoding: 'utf8' });
  if (result.status !== 0 && !(command === process.execPath && result.status === 1)) {
    throw new Error(`${command} ${args.join(' ')}: ${result.stderr || result.error}`);
  }
}

try {
  const soffice = (...args: string[]) => run('soffice', [`-env:UserInstallation=file://${work}/profile`, '--headless', ...args]);
  copyFileSync(path.resolve(REPO, '../shared/seed/report.txt'), path.join(work, '述职报告.txt'));
  soffice('--infilter=Text (encoded):UTF8,LF,,,', '--convert-to', 'docx:MS Word 2007 XML', '述职报告.txt');
  run(process.execPath, [path.join(REPO, 'bin/gongwen-lint.js'), '--review', '述职报告.docx']);
  soffice('--convert-to', 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}', '述职报告.审校.docx');
  mkdirSync(path.dirname(OUTPUT), { recursive: true });
  run('pdftoppm', ['-r', '100', '-f', '1', '-l', '1', '-x', '50', '-y', '50', '-W', '790', '-H', '330', '-png', '-singlefile', '述职报告.审校.pdf', OUTPUT.replace(/\.png$/, '')]);
  console.log(`wrote ${path.relative(REPO, OUTPUT)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
