/**
 * Builds the local page (`gongwen-lint serve`) into dist/web: web/main.ts bundled with esbuild
 * into one script, web/style.css, web/index.html. Nothing is fetched when the page runs.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { packageRoot } from '../src/package-root.js';

const root = packageRoot();
const out = path.join(root, 'dist', 'web');
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [{ in: path.join(root, 'web', 'main.ts'), out: 'app' }, { in: path.join(root, 'web', 'style.css'), out: 'app' }],
  outdir: out,
  bundle: true,
  minify: true,
  format: 'esm',
  target: ['chrome111', 'firefox115', 'safari16.4', 'edge111'],
  charset: 'utf8',
  legalComments: 'none',
  logLevel: 'warning',
});
copyFileSync(path.join(root, 'web', 'index.html'), path.join(out, 'index.html'));
