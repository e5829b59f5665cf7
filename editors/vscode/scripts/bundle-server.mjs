// Bundles gongwen-lint itself into server/ for a platform-specific .vsix (`npm run package`):
// the repository's npm pack tarball installed with its production dependencies, which builds the
// native segmenter for this machine's platform. The extension uses it unless the workspace has
// its own gongwen-lint (extension.js). Also copies the repository's LICENSE beside the extension.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const extension = path.resolve(import.meta.dirname, '..');
const repository = path.resolve(extension, '..', '..');
const server = path.join(extension, 'server');

rmSync(server, { recursive: true, force: true });
mkdirSync(server);
const tarball = execFileSync('npm', ['pack', '--pack-destination', server], { cwd: repository, encoding: 'utf8' }).trim().split('\n').at(-1);
writeFileSync(path.join(server, 'package.json'), `${JSON.stringify({ private: true, dependencies: { 'gongwen-lint': `file:${tarball}` } }, null, 2)}\n`);
execFileSync('npm', ['install', '--omit=dev', '--no-audit', '--no-fund', '--no-package-lock'], { cwd: server, stdio: ['ignore', 'ignore', 'inherit'] });
rmSync(path.join(server, tarball));
// Compiler intermediates are not needed at run time.
rmSync(path.join(server, 'node_modules', 'gongwen-lint', 'build', 'Release', 'obj.target'), { recursive: true, force: true });
copyFileSync(path.join(repository, 'LICENSE'), path.join(extension, 'LICENSE'));
