// Bundles gongwen-lint itself into server/ for a platform-specific .vsix (`npm run package`):
// the repository's npm pack tarball (of its current build) installed with its production dependencies, which builds the
// native segmenter for this machine's platform. The extension uses it unless the workspace has
// its own gongwen-lint (extension.js). Also copies the repository's LICENSE beside the extension.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const extension = path.resolve(import.meta.dirname, '..');
const repository = path.resolve(extension, '..', '..');
const server = path.join(extension, 'server');

rmSync(server, { recursive: true, force: true });
mkdirSync(server);
// Packs the build that is there (no prepare: rebuilding dist/ under running tests would race them).
if (!existsSync(path.join(repository, 'dist', 'src', 'cli', 'main.js'))) throw new Error('gongwen-lint is not built: run npm install (or npm run build) in the repository first');
const vendor = (...args) => execFileSync(process.execPath, [path.join(repository, 'scripts', 'vendor-cppjieba.mjs'), ...args]);
vendor();
const tarball = execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', server], { cwd: repository, encoding: 'utf8' }).trim().split('\n').at(-1);
vendor('--clean');
writeFileSync(path.join(server, 'package.json'), `${JSON.stringify({ private: true, dependencies: { 'gongwen-lint': `file:${tarball}` } }, null, 2)}\n`);
execFileSync('npm', ['install', '--omit=dev', '--no-audit', '--no-fund', '--no-package-lock'], { cwd: server, stdio: ['ignore', 'ignore', 'inherit'] });
rmSync(path.join(server, tarball));
// Compiler intermediates are not needed at run time.
rmSync(path.join(server, 'node_modules', 'gongwen-lint', 'build', 'Release', 'obj.target'), { recursive: true, force: true });
copyFileSync(path.join(repository, 'LICENSE'), path.join(extension, 'LICENSE'));
