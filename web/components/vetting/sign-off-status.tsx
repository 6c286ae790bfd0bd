import { useSession } from '../../hooks/use-session.js';
import type { Vetting } from './vetting-api.js';

const STATES: Record<Vetting['reviewers'][number]['state'], string> = {
  pending: 'Not answered yet',
  'edits-open': 'Edits awaiting the author',
  'signed-off': 'Signed off',
  refused: 'Refused',
};

/** The sign-off rule in words: 'every reviewer', 'any 2 reviewers', 'Stalin must'. */
export function describeRule(rule: Vetting['rule'], nameOf: (id: string) => string): string {
  if (rule.type === 'all') return 'every reviewer signs it off';
  if (rule.type === 'any') return `any ${rule.count} of the reviewers sign it off`;
  return `${nameOf(rule.reviewer)} signs it off`;
}

/** Each reviewer's latest word on the draft, and whether the sign-off rule holds. */
export function SignOffStatus({ vetting }: { vetting: Vetting }) {
  const { index } = useSession();
  return (
    <section aria-labelledby="sign-off-heading">
      <h2 id="sign-off-heading">Sign-off</h2>
      <p data-testid="sign-off-rule" data-holds={vetting.holds}>
        The final text may be registered once {describeRule(vetting.rule, index.nameOf)}:{' '}
        <strong>{vetting.holds ? 'the rule holds' : 'not yet'}</strong>.
      </p>
      <table className="sign-off-table">
        <thead>
          <tr>
            <th scope="col">Reviewer</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {vetting.reviewers.map((row) => (
            <tr
              key={row.reviewer}
              data-testid="reviewer-row"
              data-reviewer={row.reviewer}
              data-state={row.state}
            >
              <td>{index.nameOf(row.reviewer)}</td>
              <td>{STATES[row.state]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
