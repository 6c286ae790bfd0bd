import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../bin/plenipo.js', import.meta.url));

export interface BenchServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * `plenipo serve` on an existing registry, quiet and without the example, once
 * it answers. The server verifies the whole registry before it listens, so a
 * large one needs a longer `waitMs`.
 */
export async function serveForBench(
  db: string,
  port: number,
  flags: readonly string[] = [],
  waitMs = 60_000,
): Promise<BenchServer> {
  const child = spawn(
    process.execPath,
    [CLI, 'serve', '--db', db, '--port', String(port), '--quiet', '--empty', ...flags],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill('SIGTERM');
    await once(child, 'exit');
  };
  try {
    await answering(`${url}/api/openapi.json`, 'GET', waitMs);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}

/** Polls until `url` answers at all (any status), for at most `waitMs`: a loaded machine starts several processes, or opens a large registry, slowly. */
export async function answering(url: string, method = 'GET', waitMs = 60_000): Promise<void> {
  for (let attempt = 0; attempt < waitMs / 100; attempt += 1) {
    try {
      await fetch(url, {
        method,
        headers: { 'content-type': 'application/json' },
        body: method === 'POST' ? '{}' : undefined,
      });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`${url} did not answer within ${waitMs / 1000} s`);
}

/** A TCP port free on 127.0.0.1 right now. */
export async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => probe.once('listening', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}
