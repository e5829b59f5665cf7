import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';
import { BIN, REPO } from './cli.js';

export interface RunningServer {
  url: string;
  port: number;
  output: () => string;
  stop: () => Promise<void>;
}

/** Starts the built `gongwen-lint serve` as a user would and waits for the address it prints. */
export function startServe(args: string[] = [], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<RunningServer> {
  const child: ChildProcess = spawn(process.execPath, [BIN, 'serve', ...args], {
    cwd: options.cwd ?? REPO,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:(\d+)\/\S+\//.exec(output);
      if (match) {
        child.stdout!.off('data', read);
        child.stdout!.on('data', (more: Buffer) => (output += more.toString()));
        resolve({
          url: match[0],
          port: Number(match[1]),
          output: () => output,
          stop: async () => {
            child.kill('SIGINT');
            await exited;
          },
        });
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`serve exited (${code}): ${output}`)));
  });
}

/** Debian's chromium, headless; never a browser download. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}
