import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allCables, expectOneGapFreeLine } from '../../../tests/contract/expect-one-line.js';
import { aCable } from '../../../tests/support/a-cable.js';
import { openTestServices, type TestServices } from '../../../tests/support/open-test-services.js';
import { SLOW } from '../../../tests/support/timeouts.js';
import { DomainError } from '../../core/index.js';
import { verifyRegistry } from '../integrity/verify-registry.js';
import { openServices } from '../open-services.js';
import type { Services } from '../services.js';
import { registerCable } from './register-cable.js';
import { handRegistrationsTo } from './registration-queue.js';
import {
  type AppendReply,
  type AppendRequest,
  RemoteRegistrationQueue,
} from './remote-registration-queue.js';
import { serveRegistrations } from './serve-registrations.js';

/** A message crossing between processes: never in the same turn it was sent. */
const acrossProcesses = (deliver: () => void) => setImmediate(deliver);

describe('serving processes handing their cables to one writer', { timeout: SLOW }, () => {
  let registry: TestServices;
  let servers: Services[];
  /** Ids of the cables whose commit had returned on the writer. */
  const committed = new Set<string>();

  beforeAll(async () => {
    registry = await openTestServices('london-organisation');
    const writer = registry.services;
    const append = writer.store.registry.append;
    writer.store.registry.append = async (cables, seal) => {
      const appended = await append(cables, seal);
      for (const cable of appended) committed.add(cable.id);
      return appended;
    };
    const serve = serveRegistrations(writer.store, writer.now);
    // Two serving "processes": each its own connection to the file, handing cables to the writer.
    servers = [];
    for (let i = 0; i < 2; i += 1) {
      const services = await openServices(registry.db, registry.keyFile);
      const queue: RemoteRegistrationQueue = new RemoteRegistrationQueue((request: AppendRequest) =>
        acrossProcesses(() =>
          serve(request, (reply: AppendReply) => acrossProcesses(() => queue.receive(reply))),
        ),
      );
      handRegistrationsTo(services.store, queue);
      servers.push(services);
    }
  }, SLOW);
  afterAll(async () => {
    for (const services of servers ?? []) await services.store.close();
    await registry?.cleanup();
  });

  it('keeps one gap-free chain under both, and acknowledges each cable only after its commit', async () => {
    const acknowledgedBeforeCommit: string[] = [];
    const register = async (services: Services, author: string, to: string) => {
      const cable = await registerCable(services, author, aCable({ to: [to] }));
      if (!committed.has(cable.id)) acknowledgedBeforeCommit.push(cable.id);
      return cable;
    };
    const acknowledged = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        i % 2 === 0 ? register(servers[0]!, 'stalin', 'molotov') : register(servers[1]!, 'molotov', 'stalin'),
      ),
    );
    expect(acknowledgedBeforeCommit).toEqual([]);

    const cables = await allCables(registry.services);
    expectOneGapFreeLine(cables);
    // The writer stamps each cable as it arrives, so time never runs backwards along the chain.
    const times = cables.map((cable) => cable.registeredAt);
    expect(times).toEqual([...times].sort());
    const stored = new Map(cables.map((cable) => [cable.id, cable.number]));
    expect(acknowledged.map((cable) => stored.get(cable.id))).toEqual(
      acknowledged.map((cable) => cable.number),
    );
    expect((await verifyRegistry(registry.services)).fault).toBeNull();
  });

  it('answers a refusal with its code and field', async () => {
    const queue = new RemoteRegistrationQueue((request) =>
      acrossProcesses(() =>
        queue.receive({
          kind: 'plenipo-refused',
          id: request.id,
          code: 'invalid-input',
          message: 'to[0]: no one',
          field: 'to[0]',
        }),
      ),
    );
    const refusal = await queue.append(aStoredCable(), '{}').catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal).toMatchObject({ code: 'invalid-input', field: 'to[0]' });
  });

  it('fails every registration still waiting when the writer is gone, and every later one', async () => {
    const queue = new RemoteRegistrationQueue(() => {});
    const waiting = [queue.append(aStoredCable(), '{}'), queue.append(aStoredCable(), '{}')];
    expect(queue.waiting).toBe(2);
    queue.close('the writer process stopped');
    for (const registration of waiting) await expect(registration).rejects.toThrow(/not acknowledged/);
    await expect(queue.append(aStoredCable(), '{}')).rejects.toThrow(/writer is gone/);
    expect(queue.waiting).toBe(0);
  });
});

function aStoredCable() {
  return { envelope: {}, signature: '', readers: [] } as unknown as Parameters<
    RemoteRegistrationQueue['append']
  >[0];
}
