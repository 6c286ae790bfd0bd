import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Label, ProgressBar } from 'react-aria-components';
import { registryApi, registryQueries, type Verification } from '../../api/registry-api.js';
import { CableTime } from '../../components/cable-time.js';
import { ErrorNote } from '../../components/error-note.js';
import { RegistryPage } from '../../components/registry/registry-page.js';
import { useSession } from '../../hooks/use-session.js';

/**
 * Verifies the whole registry on the server, as `plenipo verify` does: every
 * chain hash, signature and readers index, then every table the chain makes.
 * The progress is polled while the run lasts; leaving the page does not stop it.
 */
export function VerificationScene() {
  const queryClient = useQueryClient();
  const latest = useQuery(registryQueries.verification());
  const start = useMutation({
    mutationFn: registryApi.verify,
    onSuccess: (run) => queryClient.setQueryData(registryQueries.verification().queryKey, run),
  });
  const run = latest.data ?? null;
  const running = run?.state === 'running';
  return (
    <RegistryPage title="Verification">
      <p>
        Recomputes every cable’s chain hash, checks every signature and who may read each cable, then that
        every table the chain makes (indexes, verdicts, alerts) is what it should be. It stops at the first
        thing that does not hold.
      </p>
      <Button isDisabled={running || start.isPending} onPress={() => start.mutate()}>
        {running ? 'Verifying…' : 'Verify the registry now'}
      </Button>
      <ErrorNote message={start.error?.message ?? latest.error?.message ?? null} />
      {latest.isPending && <p className="muted">Loading…</p>}
      {latest.data === null && (
        <p className="muted">The registry has not been verified from here since the server started.</p>
      )}
      {run && <VerificationRun run={run} />}
    </RegistryPage>
  );
}

function VerificationRun({ run }: { run: Verification }) {
  const { index } = useSession();
  return (
    <section aria-labelledby="run-heading" className="verification-run" data-state={run.state}>
      <h2 id="run-heading">Latest run</h2>
      <p className="muted">
        Started by {index.nameOf(run.startedBy)}, <CableTime at={run.startedAt} />
        {run.finishedAt && (
          <>
            ; finished <CableTime at={run.finishedAt} />
          </>
        )}
      </p>
      <ProgressBar value={run.checked} maxValue={Math.max(run.total, 1)} className="verification-progress">
        {({ percentage, valueText }) => (
          <>
            <Label>Cables verified</Label>
            <span className="muted">
              {' '}
              {run.checked} of {run.total} ({valueText})
            </span>
            <div className="progress-track">
              <div className="progress-fill" style={{ width: `${percentage ?? 0}%` }} />
            </div>
          </>
        )}
      </ProgressBar>
      <p role="status" data-testid="verification-outcome">
        {outcomeOf(run)}
      </p>
    </section>
  );
}

function outcomeOf(run: Verification): string {
  switch (run.state) {
    case 'running':
      return 'Verifying…';
    case 'held':
      return `The registry holds: all ${run.checked} cables verified, every signature and table as the chain makes it.`;
    case 'broken':
      return run.fault
        ? `The registry does not hold at ${run.fault.number}: ${run.fault.fault}: ${run.fault.message}`
        : 'The registry does not hold.';
    case 'failed':
      return `The verification could not finish: ${run.problem ?? 'no reason given'}.`;
  }
}
