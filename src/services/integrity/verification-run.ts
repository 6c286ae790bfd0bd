import type { CableFault } from '../../core/index.js';
import type { Store } from '../../store/store.js';
import { requireAuditor } from '../organisation/authority.js';
import type { Services } from '../services.js';
import { recordAudit } from './record-audit.js';
import { verifyRegistry } from './verify-registry.js';

export const VERIFICATION_STATES = ['running', 'held', 'broken', 'failed'] as const;
export type VerificationState = (typeof VERIFICATION_STATES)[number];

/** A verification of the whole registry started from the web, as its progress stands. */
export interface VerificationRun {
  /** running; held when every cable and table holds; broken at the first that does not; failed when it could not finish. */
  state: VerificationState;
  startedBy: string;
  startedAt: string;
  finishedAt: string | null;
  checked: number;
  total: number;
  /** The first cable or table that does not hold, once broken. */
  fault: CableFault | null;
  /** Why a failed run could not finish. */
  problem: string | null;
}

// One run per registry in this process: a second request while one runs is shown that one, so a
// busy clerk pressing twice never doubles the work on a large registry.
const runs = new WeakMap<Store, VerificationRun>();

/**
 * Starts verifying the registry (chain, signatures, readers, the tables the
 * chain makes) in the background, or returns the run already under way;
 * auditors only (an administrator is one). The start is audited.
 */
export async function startVerification(services: Services, personId: string): Promise<VerificationRun> {
  await requireAuditor(services, personId);
  const current = runs.get(services.store);
  if (current?.state === 'running') return current;
  const run: VerificationRun = {
    state: 'running',
    startedBy: personId,
    startedAt: services.now(),
    finishedAt: null,
    checked: 0,
    total: await services.store.registry.count(),
    fault: null,
    problem: null,
  };
  runs.set(services.store, run);
  await recordAudit(services, personId, 'registry.verify', null, { total: run.total });
  void walk(services, run);
  return run;
}

/** The latest run started in this process, or null before the first; auditors only. */
export async function latestVerification(
  services: Services,
  personId: string,
): Promise<VerificationRun | null> {
  await requireAuditor(services, personId);
  return runs.get(services.store) ?? null;
}

async function walk(services: Services, run: VerificationRun): Promise<void> {
  try {
    const result = await verifyRegistry(services, (checked, total) => {
      run.checked = checked;
      run.total = total;
    });
    run.checked = result.checked;
    run.fault = result.fault;
    run.state = result.fault ? 'broken' : 'held';
  } catch (error) {
    // A store that went away mid-walk: say so on the page; the details stay in the server's log.
    run.state = 'failed';
    run.problem = error instanceof Error ? error.message : String(error);
  } finally {
    run.finishedAt = services.now();
  }
}
