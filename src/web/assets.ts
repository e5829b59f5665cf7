import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { packageRoot } from '../package-root.js';

export interface Asset {
  type: string;
  body: Buffer;
}

/** The page's files, built by `npm run build` (scripts/build-web.ts) into dist/web. */
export const ASSET_FILES: Record<string, string> = {
  '': 'text/html; charset=utf-8',
  'app.js': 'text/javascript; charset=utf-8',
  'app.css': 'text/css; charset=utf-8',
};

/** Read once at start: the server never reads a file a request names. */
export function loadAssets(): Map<string, Asset> {
  const dir = path.join(packageRoot(), 'dist', 'web');
  if (!existsSync(path.join(dir, 'index.html'))) throw new UserError('INSTALL_BROKEN', `找不到页面文件 ${dir}（请先运行 npm run build）`);
  return new Map(Object.entries(ASSET_FILES).map(([name, type]) => [name, { type, body: readFileSync(path.join(dir, name || 'index.html')) }]));
}
