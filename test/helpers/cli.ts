/**
 * Running the CLI in tests. `runCli` calls it in this process (fast: the segmentation model is
 * loaded once per test worker); `cli` spawns `node bin/gongwen-lint.js` as a user would, for the
 * few smoke tests of what only a real process shows (the bin, exit codes, stdin, --lsp, workers).
 */
import { spawnSync } from 'node:child_process';
import { runCli as runCliMain } from '../../src/cli/main.js';
import { BIN, REPO } from './paths.js';

export { BIN, REPO, SEED } from './paths.js';
export { tempDir } from './temp.js';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliRunOptions {
  cwd?: string;
  input?: string | Buffer;
  /** Environment variables on top of the test process's (NO_COLOR and FORCE_COLOR removed). */
  env?: NodeJS.ProcessEnv;
}

const environment = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({ ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...extra });

/** Runs the CLI in this process, as bin/gongwen-lint.js does, with captured output. */
export async function runCli(args: string[], options: CliRunOptions = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCliMain(args, {
    cwd: options.cwd ?? REPO,
    env: environment(options.env),
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readStdin: async () => Buffer.from(options.input ?? ''),
    isTTY: false,
  });
  return { code, stdout, stderr };
}

/** Runs the built CLI (npm test compiles dist/ first) in its own process, as a user would. */
export function cli(args: string[], options: CliRunOptions = {}): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? REPO,
    input: options.input,
    env: environment(options.env),
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
