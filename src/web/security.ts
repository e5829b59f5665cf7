import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** A fresh secret per start: the page's address carries it, so another local user or a web page cannot guess the API. */
export function newToken(): string {
  return randomBytes(18).toString('base64url');
}

export function tokenMatches(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The origins the page itself is served from. */
export function ownOrigins(port: number): string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

/**
 * Why a request must be refused, or undefined when it may go on:
 * - a Host header other than our loopback address and port is DNS rebinding (a site whose name
 *   now points to 127.0.0.1 would otherwise reach us as same-origin);
 * - an Origin other than ours, or a browser marking the request cross-site, is another page
 *   calling our API.
 */
export function refusal(request: IncomingMessage, port: number): string | undefined {
  const origins = ownOrigins(port);
  const host = request.headers.host;
  if (!host || !origins.includes(`http://${host.toLowerCase()}`)) return '地址不对：只接受 127.0.0.1 本机访问';
  const origin = request.headers.origin;
  if (origin !== undefined && !origins.includes(origin)) return '拒绝来自其他网页的请求';
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return '拒绝来自其他网页的请求';
  return undefined;
}

/** Headers on every answer: nothing loaded from elsewhere, never framed, the token never sent on. */
export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
  'cross-origin-resource-policy': 'same-origin',
};
