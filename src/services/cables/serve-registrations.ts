import { DomainError } from '../../core/index.js';
import type { Store } from '../../store/store.js';
import { registrationQueueOf } from './registration-queue.js';
import type { AppendReply, AppendRequest } from './remote-registration-queue.js';

/**
 * The writer's side of `RemoteRegistrationQueue`: each signed cable a serving
 * process hands over joins this process's group commit, stamped with this
 * process's clock as it arrives, and the answer goes back only once the
 * commit holding it is durable.
 */
export function serveRegistrations(
  store: Store,
  now: () => string,
): (request: AppendRequest, reply: (answer: AppendReply) => void) => void {
  const queue = registrationQueueOf(store);
  return (request, reply) => {
    queue.append(request.cable, request.signedText, now()).then(
      (cable) => reply({ kind: 'plenipo-appended', id: request.id, cable }),
      (error: unknown) =>
        reply({
          kind: 'plenipo-refused',
          id: request.id,
          code: error instanceof DomainError ? error.code : null,
          message: error instanceof Error ? error.message : String(error),
          field: error instanceof DomainError ? (error.field ?? null) : null,
        }),
    );
  };
}
