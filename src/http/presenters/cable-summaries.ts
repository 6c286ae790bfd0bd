import type { ReaderScope } from '../../services/mandates/reader-scope.js';
import { scopeOf } from '../../services/mandates/reader-scope.js';
import { worstVerdicts } from '../../services/mandates/view-moves.js';
import { isAuditor } from '../../services/organisation/authority.js';
import { directorySnapshot } from '../../services/organisation/directory-snapshot.js';
import type { Services } from '../../services/services.js';
import type { DeliveredCable } from '../../store/store.js';
import type { Caller } from '../authenticate-request.js';
import { type NameOf, presentSummary, type Viewer } from './present-cable.js';

export async function namesOf(services: Services): Promise<NameOf> {
  return (await directorySnapshot(services.store)).nameOf;
}

/** How a caller is shown cables: with the chain's internals only if they are an auditor. */
export async function viewerOf(services: Services, caller: Caller): Promise<Viewer> {
  return { auditor: await isAuditor(services, caller.person.id) };
}

/** List rows, each report with its worst verdict, as the reader knows the mandate, as a badge. */
export async function summariesOf(
  scope: ReaderScope,
  delivered: readonly DeliveredCable[],
  nameOf: NameOf,
  viewer: Viewer,
) {
  const worst = await worstVerdicts(
    scope,
    delivered.map(({ cable }) => cable),
  );
  return delivered.map(({ cable, readAt }) => ({
    ...presentSummary(cable, readAt !== null, nameOf, viewer),
    verdict: worst.get(cable.seq) ?? null,
  }));
}

/** A caller's list rows: names, their view of the chain, and each report's worst verdict in their scope. */
export async function summariesFor(services: Services, caller: Caller, delivered: readonly DeliveredCable[]) {
  return summariesOf(
    scopeOf(services, caller.person.id),
    delivered,
    await namesOf(services),
    await viewerOf(services, caller),
  );
}
