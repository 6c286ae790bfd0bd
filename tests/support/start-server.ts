import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, where `bin/plenipo.js` runs from. */
export const REPO = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = join(REPO, 'bin/plenipo.js');
const BUILT_CLI = join(REPO, 'dist/src/cli/main.js');

/** Refuses to go on when the CLI has not been compiled: the tests run what users run. */
export function requireBuiltCli(): void {
  if (!existsSync(BUILT_CLI)) {
    throw new Error(`${BUILT_CLI} is missing: run npm run build (or npx tsc -p tsconfig.build.json) first`);
  }
}

export interface ServerExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface StartedServer {
  baseUrl: string;
  /** The registry file the server serves. */
  db: string;
  /** Everything the server wrote, for failure messages. */
  output(): string;
  /**
   * Stops the server (SIGTERM, then SIGKILL if it lingers), waits for it, and
   * deletes its folder. Resolves with how it exited: code 0 when it stopped itself.
   */
  stop(): Promise<ServerExit>;
}

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const address = probe.address();
  probe.close();
  await once(probe, 'close');
  if (address === null || typeof address === 'string') throw new Error('no TCP port to probe');
  return address.port;
}

/**
 * Starts `plenipo serve` as a child process on a new registry in a temp folder
 * (so it loads the London 1945 example) and resolves once the API answers.
 * Quiet (no request log) unless other flags are given.
 */
export async function startServer(flags: readonly string[] = ['--quiet']): Promise<StartedServer> {
  requireBuiltCli();
  const dir = mkdtempSync(join(tmpdir(), 'plenipo-server-'));
  const db = join(dir, 'plenipo.db');
  const { baseUrl, child, output, exited } = await launchServe(db, flags);
  const stop = async () => {
    const exit = await stopChild(child, exited);
    rmSync(dir, { recursive: true, force: true });
    return exit;
  };
  try {
    await waitUntilAnswering(`${baseUrl}/api/openapi.json`, child, output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, db, output, stop };
}

/** A `plenipo serve` child process (built CLI, quiet unless told) on `db` at a free port, its output collected. */
export async function launchServe(db: string, flags: readonly string[] = ['--quiet']) {
  requireBuiltCli();
  const port = await freePort();
  const child = spawn(process.execPath, [CLI, 'serve', '--db', db, '--port', String(port), ...flags], {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  return { baseUrl: `http://127.0.0.1:${port}`, child, output: () => output, exited: once(child, 'exit') };
}

/**
 * Polls until the URL answers 200, every `everyMs`, at most `attempts` times
 * (without end when absent); fails as soon as the server process exits instead.
 */
export async function waitUntilAnswering(
  url: string,
  child: ChildProcess,
  output: () => string,
  { everyMs = 100, attempts = Number.POSITIVE_INFINITY } = {},
): Promise<boolean> {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `plenipo serve exited (${child.exitCode ?? child.signalCode}) before answering:\n${output()}`,
      );
    }
    try {
      const response = await fetch(url);
      if (response.ok) return true;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  return false;
}

async function stopChild(child: ChildProcess, exited: Promise<unknown>): Promise<ServerExit> {
  if (child.exitCode === null && child.signalCode === null) {
    child.kill('SIGTERM');
    // A graceful stop waits for open connections; a server that lingers is killed rather than waited on forever.
    const lingering = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(lingering);
  }
  return { code: child.exitCode, signal: child.signalCode };
}
