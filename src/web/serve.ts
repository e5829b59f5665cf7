/** `gongwen-lint serve`: the local proofreading page, until Ctrl+C. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { CliOptions } from '../cli/args.js';
import type { CliIo } from '../cli/main.js';
import { configForFile, configFromFile } from '../config/load.js';
import { UserError } from '../errors.js';
import { loadAssets } from './assets.js';
import { PageApi } from './page-api.js';
import { FOLDER_CONFIG } from './protocol.js';
import { newToken } from './security.js';
import { startPageServer } from './server.js';

/** Options used: --port, --open, --config (default: the config in effect in the start folder). */
export async function serve(options: CliOptions, rest: string[], io: CliIo): Promise<number> {
  if (rest.length) throw new UserError('USAGE', `serve 不接受文件参数：${rest.join(' ')}（启动后在页面中打开文件）`);
  const port = options.port === undefined ? 0 : Number(options.port);
  if (!(Number.isInteger(port) && port >= 0 && port <= 65535)) throw new UserError('USAGE', `--port 应为 0–65535 的整数，得到 "${options.port}"`);
  // The only files read besides the package's own: the start folder's config and the dictionaries it names.
  const folderConfig = options.config ? await configFromFile(path.resolve(io.cwd, options.config)) : await configForFile(path.join(io.cwd, '<page>'));
  const api = new PageApi(folderConfig, io.cwd);
  const server = await startPageServer({ api, assets: loadAssets(), token: newToken(), port, log: io.stderr });
  io.stdout(`gongwen-lint 校对页面：${server.url}\n只在本机可以打开，文件不会离开这台电脑。按 Ctrl+C 停止。\n`);
  if (options.open) openBrowser(server.url, io.stderr);
  // Rules and dictionaries load now, and the segmentation model starts building on its own
  // thread (an empty text is never segmented, so this does not wait for it).
  void api.lint({ text: '', name: 'warm-up.txt', config: FOLDER_CONFIG, allow: [] }).catch(() => undefined);
  await new Promise<void>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve());
  });
  await server.close();
  return 0;
}

function openBrowser(url: string, stderr: (text: string) => void): void {
  const [command, ...args] = process.platform === 'darwin' ? ['open', url]
    : process.platform === 'win32' ? ['cmd', '/c', 'start', '""', url]
      : ['xdg-open', url];
  const child = spawn(command, args, { stdio: 'ignore', detached: true });
  child.on('error', () => stderr('gongwen-lint: 无法自动打开浏览器，请手动打开上面的地址\n'));
  child.unref();
}
