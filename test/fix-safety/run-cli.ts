import { runCli } from '../../src/cli/main.js';

export interface InProcessRun {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout as bytes: --stdin --fix writes the text in the input's own encoding. */
  stdoutBytes: Buffer;
}

/** Runs the CLI in this process (fast: the dictionaries and segmenter stay loaded between runs). */
export async function run(args: string[], options: { cwd: string; stdin?: Uint8Array | string }): Promise<InProcessRun> {
  const out: Buffer[] = [];
  let stderr = '';
  const code = await runCli(args, {
    cwd: options.cwd,
    env: {},
    stdout: (text) => void out.push(typeof text === 'string' ? Buffer.from(text) : Buffer.from(text)),
    stderr: (text) => void (stderr += text),
    readStdin: async () => (typeof options.stdin === 'string' ? Buffer.from(options.stdin) : options.stdin ?? new Uint8Array()),
    isTTY: false,
  });
  const stdoutBytes = Buffer.concat(out);
  return { code, stdout: stdoutBytes.toString('utf8'), stderr, stdoutBytes };
}
