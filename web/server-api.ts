/** The local server's API (src/web/server.ts); every path is relative to the page, which carries the token. */
import type { LintMessage } from '../src/types.js';
import type { OpenedFile, PageInfo, PageRequest } from '../src/web/protocol.js';

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new Error('连接不上校对服务：请确认运行 gongwen-lint serve 的窗口还开着');
  }
  const body = await response.json().catch(() => ({ error: `服务返回了错误（${response.status}）` }));
  if (!response.ok) throw new Error(body.error ?? `服务返回了错误（${response.status}）`);
  return body as T;
}

export const fetchInfo = () => call<PageInfo>('api/info');

export async function lintRemote(request: PageRequest): Promise<LintMessage[]> {
  const { messages } = await call<{ messages: LintMessage[] }>('api/lint', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  return messages;
}

/** A file as text, decoded by the server (GB18030, UTF-16, .docx). */
export function openRemote(file: File): Promise<OpenedFile> {
  return call('api/open', {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(file.name) },
    body: file,
  });
}

/** A Word document's reviewed copy (comments and tracked changes), made by the server from the original file. */
export async function reviewRemote(file: File, config: string, allow: readonly string[]): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch('api/review', {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(file.name), 'x-review': encodeURIComponent(JSON.stringify({ config, allow })) },
      body: file,
    });
  } catch {
    throw new Error('连接不上校对服务：请确认运行 gongwen-lint serve 的窗口还开着');
  }
  if (!response.ok) throw new Error(((await response.json().catch(() => ({}))) as { error?: string }).error ?? `服务返回了错误（${response.status}）`);
  return response.blob();
}
