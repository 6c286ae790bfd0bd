import { execFile } from 'node:child_process';
import { CLI, REPO } from './start-server.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built CLI (`node bin/plenipo.js ...`) and resolves with its exit
 * code and output, whatever the code: tests assert on it. `input` is written
 * to its stdin.
 */
export function runCli(
  args: readonly string[],
  options: { input?: string; env?: Record<string, string> } = {},
): Promise<CliResult> {
  // The caller's own plenipo settings must not leak in: each test says which server, token and key it means.
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['PLENIPO_SERVER', 'PLENIPO_TOKEN', 'PLENIPO_MASTER_KEY']) delete env[name];
  Object.assign(env, options.env);
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [CLI, ...args],
      { cwd: REPO, env, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') return reject(error);
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
      },
    );
    child.stdin?.end(options.input ?? '');
  });
}
