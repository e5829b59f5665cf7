/** The page: wires the toolbar, the document view and the side panel to a Session. */
import { MAX_UPLOAD_BYTES, TOO_LARGE_MESSAGE, type PageInfo } from '../src/web/protocol.js';
import { documentHtml, escapeHtml } from './document-view.js';
import { reviewedName } from '../src/io/reviewed-name.js';
import { allowSnippet, correctedDownload, downloadNote, save } from './downloads.js';
import { fetchInfo, openRemote, reviewRemote } from './server-api.js';
import { Session } from './session.js';
import { detailHtml, findingsHtml } from './side-panel.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const ui = {
  file: $<HTMLInputElement>('file'),
  edit: $<HTMLButtonElement>('edit'),
  config: $<HTMLSelectElement>('config'),
  fixAll: $<HTMLButtonElement>('fix-all'),
  undo: $<HTMLButtonElement>('undo'),
  download: $<HTMLButtonElement>('download'),
  status: $<HTMLParagraphElement>('status'),
  paste: $<HTMLFormElement>('paste'),
  input: $<HTMLTextAreaElement>('input'),
  document: $<HTMLDivElement>('document'),
  findings: $<HTMLElement>('findings'),
  detail: $<HTMLElement>('detail'),
  allowList: $<HTMLUListElement>('allow-list'),
  allowCount: $<HTMLSpanElement>('allow-count'),
  allowDownload: $<HTMLButtonElement>('allow-download'),
  drop: $<HTMLDivElement>('drop'),
};

let info: PageInfo = { configs: [], rules: {} };
let current = 0;
/** The text and findings last drawn: the document is redrawn only when they change. */
let drawn: { text?: string; findings?: unknown } = {};
const session = new Session(render);

function setStatus(text: string, error = false): void {
  ui.status.textContent = text;
  ui.status.classList.toggle('error', error);
}

/** Runs a user action; its failure is a message in the page. */
function act(action: () => Promise<void> | void): void {
  Promise.resolve().then(action).catch((error: Error) => setStatus(error.message, true));
}

function render(): void {
  const { doc, findings, busy } = session;
  const editing = !ui.paste.hidden;
  ui.fixAll.disabled = busy || !findings.some((m) => m.fix);
  ui.undo.disabled = busy || !session.canUndo;
  ui.download.disabled = busy || !doc;
  ui.allowList.innerHTML = session.allow.map((word) => `<li>${escapeHtml(word)}<button type="button" data-word="${escapeHtml(word)}" title="移出允许词表">×</button></li>`).join('') || '<li>（空）</li>';
  ui.allowDownload.disabled = session.allow.length === 0;
  ui.allowCount.textContent = String(session.allow.length);
  if (busy) return setStatus('正在检查……');
  if (!doc || editing) return;
  current = Math.min(current, Math.max(findings.length - 1, 0));
  if (drawn.text !== doc.text || drawn.findings !== findings) {
    ui.document.innerHTML = documentHtml(doc.text, findings);
    drawn = { text: doc.text, findings };
  }
  ui.findings.innerHTML = findingsHtml(findings, info.rules, current, session.ignoredCount);
  const errors = findings.filter((m) => m.severity === 'error').length;
  setStatus(`${doc.name}：${findings.length ? `${findings.length} 处问题（错误 ${errors} 处）` : '没有发现问题'}${downloadNote(doc)}`);
  // After an accept or ignore the next finding is current: bring it into view if it is not.
  select(current, 'nearest');
}

/** Shows finding `index` in the side panel and in the document, scrolled to where `scroll` says. */
function select(index: number, scroll: ScrollLogicalPosition | false = 'center'): void {
  const { findings } = session;
  ui.detail.hidden = findings.length === 0;
  if (findings.length === 0) return;
  current = (index + findings.length) % findings.length;
  const finding = findings[current];
  ui.detail.innerHTML = detailHtml(finding, info.rules[finding.ruleId], findings.filter((m) => m.ruleId === finding.ruleId).length);
  for (const element of document.querySelectorAll('.current')) element.classList.remove('current');
  const mark = ui.document.querySelector(`.mark[data-index="${current}"]`);
  const item = ui.findings.querySelector<HTMLElement>(`.finding-item[data-index="${current}"]`);
  mark?.classList.add('current');
  item?.classList.add('current');
  if (scroll) {
    mark?.scrollIntoView({ block: scroll });
    item?.scrollIntoView({ block: 'nearest' });
  }
}

function showDocument(): void {
  ui.paste.hidden = true;
  ui.document.hidden = false;
  drawn = {};
}

async function openText(text: string, name: string, encoding = 'utf-8'): Promise<void> {
  showDocument();
  current = 0;
  await session.open({ text, name, encoding });
}

/** The Word document opened last: its reviewed copy is made from the original file, formatting and all. */
let wordFile: File | undefined;

async function openFile(file: File): Promise<void> {
  if (file.size > MAX_UPLOAD_BYTES) throw new Error(TOO_LARGE_MESSAGE);
  setStatus(`正在读取 ${file.name}……`);
  const opened = await openRemote(file);
  await openText(opened.text, opened.name, opened.encoding);
  wordFile = opened.encoding === 'docx' ? file : undefined;
}

async function download(): Promise<void> {
  const doc = session.doc;
  if (!doc) return;
  if (doc.encoding === 'docx' && wordFile) {
    setStatus(`正在生成 ${reviewedName(doc.name)}……`);
    save({ name: reviewedName(doc.name), blob: await reviewRemote(wordFile, session.config, session.allow) });
    setStatus(`已下载 ${reviewedName(doc.name)}`);
  } else {
    save(correctedDownload(doc));
  }
}

ui.paste.addEventListener('submit', (event) => {
  event.preventDefault();
  const name = session.doc?.name ?? '粘贴的文本.txt';
  wordFile = undefined; // edited text: the download is the text, not a review of the file as it was
  act(() => openText(ui.input.value, name, session.doc?.encoding));
});
ui.edit.addEventListener('click', () => {
  ui.input.value = session.doc?.text ?? ui.input.value;
  ui.paste.hidden = false;
  ui.document.hidden = true;
  ui.input.focus();
});
ui.file.addEventListener('change', () => {
  const file = ui.file.files?.[0];
  ui.file.value = '';
  if (file) act(() => openFile(file));
});
ui.config.addEventListener('change', () => {
  session.config = ui.config.value;
  act(() => session.refresh());
});
ui.fixAll.addEventListener('click', () => act(() => session.acceptAllSafe()));
ui.undo.addEventListener('click', () => act(() => session.undo()));
ui.download.addEventListener('click', () => act(download));
ui.allowDownload.addEventListener('click', () => save(allowSnippet(session.allow)));
ui.allowList.addEventListener('click', (event) => {
  const word = (event.target as HTMLElement).closest<HTMLElement>('[data-word]')?.dataset.word;
  if (word !== undefined) act(() => session.disallowWord(word));
});

ui.document.addEventListener('click', (event) => {
  const index = (event.target as HTMLElement).closest<HTMLElement>('.mark')?.dataset.index;
  if (index !== undefined) select(Number(index), false);
});
ui.findings.addEventListener('click', (event) => {
  const target = event.target as HTMLElement;
  if (target.closest('[data-action="restore"]')) return session.restoreIgnored();
  const item = target.closest<HTMLElement>('.finding-item');
  if (item) {
    select(Number(item.dataset.index));
    item.focus();
  }
});

function accept(suggestion?: number): void {
  const finding = session.findings[current];
  if (!finding) return;
  const fix = suggestion === undefined ? undefined : finding.suggestions?.[suggestion]?.fix;
  act(() => session.accept(finding, fix));
}
ui.detail.addEventListener('click', (event) => {
  const button = (event.target as HTMLElement).closest<HTMLElement>('button[data-action]');
  const finding = session.findings[current];
  if (!button || !finding) return;
  const action = button.dataset.action;
  if (action === 'accept') accept();
  else if (action === 'suggest') accept(Number(button.dataset.suggestion));
  else if (action === 'ignore') session.ignore(finding);
  else if (action === 'accept-rule') act(() => session.acceptRule(finding.ruleId));
});
ui.detail.addEventListener('submit', (event) => {
  event.preventDefault();
  const word = new FormData(event.target as HTMLFormElement).get('word')?.toString().trim();
  if (!word) return;
  $<HTMLDetailsElement>('allow').open = true;
  act(() => session.allowWord(word));
});

document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  if (target.closest('input, textarea, select') || event.altKey || !session.doc || !ui.paste.hidden) return;
  const key = event.key.toLowerCase();
  if ((event.ctrlKey || event.metaKey) && key === 'z') act(() => session.undo());
  else if (event.ctrlKey || event.metaKey) return;
  else if (key === 'j') select(current + 1);
  else if (key === 'k') select(current - 1);
  else if (key === 'enter' && !target.closest('button')) accept();
  else if (key === 'i' && session.findings[current]) session.ignore(session.findings[current]);
  else return;
  event.preventDefault();
});

// Drop a file anywhere on the page.
let dragDepth = 0;
window.addEventListener('dragenter', (event) => {
  if (!event.dataTransfer?.types.includes('Files')) return;
  dragDepth++;
  ui.drop.hidden = false;
});
window.addEventListener('dragleave', () => {
  if (--dragDepth <= 0) (dragDepth = 0), (ui.drop.hidden = true);
});
window.addEventListener('dragover', (event) => event.preventDefault());
window.addEventListener('drop', (event) => {
  event.preventDefault();
  dragDepth = 0;
  ui.drop.hidden = true;
  const file = event.dataTransfer?.files[0];
  if (file) act(() => openFile(file));
});

act(async () => {
  info = await fetchInfo();
  ui.config.innerHTML = info.configs.map(({ id, label }) => `<option value="${escapeHtml(id)}">${escapeHtml(label)}</option>`).join('');
  session.config = info.configs[0]?.id ?? '';
  document.body.dataset.ready = 'true';
});
