import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestServices, type TestServices } from '../support/open-test-services.js';
import { CLI, REPO, requireBuiltCli } from '../support/start-server.js';
import { SLOW } from '../support/timeouts.js';

describe('a CLI command whose reader stops early', { timeout: SLOW }, () => {
  let registry: TestServices;
  beforeAll(async () => {
    requireBuiltCli();
    registry = await openTestServices('london-1945');
    await registry.services.store.close();
  }, SLOW);
  afterAll(() => registry?.cleanup());

  it('`plenipo users list | head` ends quietly, with no EPIPE trace', async () => {
    const child = spawn(process.execPath, [CLI, 'users', 'list', '--db', registry.db], {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // The reader goes away before the list is written, as `head` does once it has its lines.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const [code] = await once(child, 'exit');
    expect(stderr).not.toMatch(/EPIPE|Error|at /);
    expect(code).toBe(0);
  });
});
