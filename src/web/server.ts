/**
 * The local page's HTTP server (Node's own http module: four routes need no framework).
 * Loopback only; every path starts with the per-start token; see security.ts for what is refused.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { UserError } from '../errors.js';
import type { Asset } from './assets.js';
import { pageRequest, type PageApi } from './page-api.js';
import { MAX_UPLOAD_BYTES, TOO_LARGE_MESSAGE } from './protocol.js';
import { refusal, SECURITY_HEADERS, tokenMatches } from './security.js';

export interface PageServerOptions {
  api: PageApi;
  assets: Map<string, Asset>;
  token: string;
  /** 0: a free port. */
  port: number;
  /** Where unexpected errors are written (they are answered 500, never crash the server). */
  log: (text: string) => void;
}

export interface PageServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export function startPageServer(options: PageServerOptions): Promise<PageServer> {
  const server = createServer((request, response) => {
    handle(request, response, options, (server.address() as AddressInfo).port).catch((error: unknown) => {
      const known = error instanceof HttpError || error instanceof UserError;
      if (!known) options.log(`gongwen-lint serve: 内部错误：${(error as Error)?.stack ?? String(error)}\n`);
      const status = error instanceof HttpError ? error.status : error instanceof UserError ? 400 : 500;
      const message = known ? (error as Error).message : `内部错误：${(error as Error)?.message ?? String(error)}`;
      if (!response.headersSent) send(response, status, 'application/json; charset=utf-8', JSON.stringify({ error: message }));
      else response.destroy();
    });
  });
  // A malformed request line or header is answered 400 by Node; the socket must not take the server down.
  server.on('clientError', (_error, socket) => socket.destroy());
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new UserError('USAGE', `端口 ${options.port} 已被占用，请换一个 --port 或不指定端口`) : error));
    server.listen(options.port, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}/${options.token}/`,
        port,
        close: () => new Promise((done) => {
          server.close(() => done());
          server.closeAllConnections();
        }),
      });
    });
  });
}

async function handle(request: IncomingMessage, response: ServerResponse, options: PageServerOptions, port: number): Promise<void> {
  const refused = refusal(request, port);
  if (refused) throw new HttpError(403, refused);
  const [, token, ...rest] = new URL(request.url ?? '/', 'http://127.0.0.1').pathname.split('/');
  if (!tokenMatches(token ?? '', options.token)) throw new HttpError(404, '页面地址不完整：请使用启动时显示的完整地址（含访问口令）');
  const route = rest.join('/');
  const method = request.method ?? 'GET';

  const asset = options.assets.get(route);
  if (asset && (method === 'GET' || method === 'HEAD')) return send(response, 200, asset.type, asset.body);
  if (route === 'api/info' && method === 'GET') return sendJson(response, await options.api.info());
  if (method !== 'POST') throw new HttpError(route.startsWith('api/') ? 405 : 404, '没有这个页面');

  switch (route) {
    case 'api/lint':
      return sendJson(response, await options.api.lint(pageRequest(await readJson(request))));
    case 'api/open': {
      return sendJson(response, await options.api.open(fileName(request), await readBody(request)));
    }
    case 'api/review': {
      const reviewed = await options.api.review(fileName(request), await readBody(request), reviewChoice(request));
      return send(response, 200, DOCX_TYPE, Buffer.from(reviewed));
    }
    default:
      throw new HttpError(404, '没有这个页面');
  }
}

/** The uploaded file's name, percent-encoded by the page (a header carries no Chinese as such). */
function fileName(request: IncomingMessage): string {
  try {
    return decodeURIComponent(String(request.headers['x-file-name'] ?? ''));
  } catch {
    throw new HttpError(400, '请求格式不对');
  }
}

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The config and allowed words of a review, as JSON in a header beside the uploaded bytes. */
function reviewChoice(request: IncomingMessage): { config: string; allow: string[] } {
  try {
    const { config, allow } = JSON.parse(decodeURIComponent(String(request.headers['x-review'] ?? ''))) as Record<string, unknown>;
    if (typeof config === 'string' && Array.isArray(allow) && allow.every((word) => typeof word === 'string' && word)) return { config, allow };
  } catch {
    // answered below
  }
  throw new HttpError(400, '请求格式不对');
}

/** JSON only: a cross-origin page cannot send it without a preflight, which is never answered. */
async function readJson(request: IncomingMessage): Promise<unknown> {
  if (!String(request.headers['content-type']).startsWith('application/json')) throw new HttpError(415, '请求格式不对');
  try {
    return JSON.parse(new TextDecoder().decode(await readBody(request)));
  } catch (error) {
    if (error instanceof HttpError) throw error;
    throw new HttpError(400, '请求格式不对');
  }
}

/**
 * The body, at most MAX_UPLOAD_BYTES. A larger one is read to its end and dropped, so that the
 * browser gets the clear 413 answer (a connection closed mid-upload shows only a network error);
 * one past four times the limit is cut off.
 */
async function readBody(request: IncomingMessage): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > 4 * MAX_UPLOAD_BYTES) request.destroy();
    else if (size <= MAX_UPLOAD_BYTES) chunks.push(chunk);
  }
  if (size > MAX_UPLOAD_BYTES) throw new HttpError(413, TOO_LARGE_MESSAGE);
  return Buffer.concat(chunks);
}

function sendJson(response: ServerResponse, value: unknown): void {
  send(response, 200, 'application/json; charset=utf-8', JSON.stringify(value));
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type, 'content-length': Buffer.byteLength(body) });
  response.end(body);
}
