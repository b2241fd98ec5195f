import type { Io } from '../../src/cli/context.js';
import { main } from '../../src/cli/main.js';

export interface InProcessResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in this process through main(argv, io), as the bin does, with the output captured. */
export async function runInProcess(
  args: readonly string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<InProcessResult> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    isTTY: false,
    env: { ...process.env, NO_COLOR: '1', ...env },
    cwd,
  };
  const code = await main(['node', 'danvan', ...args], io);
  return { code, stdout, stderr };
}
