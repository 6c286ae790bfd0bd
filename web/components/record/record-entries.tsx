import { Link } from '@tanstack/react-router';
import type { SessionEntry } from '../../api/schema.js';
import { cableLink } from '../../router/links.js';
import { ScrollRegion } from '../scroll-region.js';

const SOURCE_NAMES: Record<SessionEntry['source'], string> = {
  'our-note': 'our note',
  'their-memo': 'their memorandum',
  press: 'press report',
  verbatim: 'verbatim record',
  report: 'our report',
};

/** A session's entries in time order: who spoke for which party, on what, and where it is recorded. */
export function RecordEntries({
  entries,
  partyName,
}: {
  entries: readonly SessionEntry[];
  partyName: (id: string) => string;
}) {
  if (entries.length === 0) return <p className="muted">No entry in any record you may read.</p>;
  return (
    <ScrollRegion label="Entries of the session">
      <table className="record-entries">
        <caption className="visually-hidden">Entries of the session</caption>
        <thead>
          <tr>
            <th scope="col">Time (UTC)</th>
            <th scope="col">Party</th>
            <th scope="col">Issue</th>
            <th scope="col">What</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: entries of one cable are told apart by their order
            <tr key={`${entry.cable.id}:${i}`} data-testid="record-entry" data-kind={entry.kind}>
              <td>{entry.at.slice(11, 16)}</td>
              <td>
                {partyName(entry.party)}
                {entry.speaker && <span className="muted"> ({entry.speaker})</span>}
              </td>
              <td>{entry.issue ? <code>{entry.issue}</code> : '—'}</td>
              <td>
                <span className="entry-kind">{entry.kind}: </span>
                {entry.text}
                {entry.decision && <DecisionNote decision={entry.decision} />}
                {entry.outOfRule && (
                  <p className="out-of-rule">
                    <span aria-hidden="true">⚠ </span>Against the procedural rules: {entry.outOfRule}
                  </p>
                )}
              </td>
              <td>
                {SOURCE_NAMES[entry.source]}{' '}
                <Link {...cableLink(entry.cable.number)}>{entry.cable.number}</Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function DecisionNote({ decision }: { decision: NonNullable<SessionEntry['decision']> }) {
  const { validity, vote } = decision;
  const verdict = validity.valid === null ? 'validity not known' : validity.valid ? 'valid' : 'not valid';
  return (
    <p className="decision-note" data-valid={String(validity.valid)}>
      Decision ({decision.procedure}): {decision.outcome}
      {vote &&
        ` — for: ${vote.for.join(', ') || 'none'}; against: ${vote.against.join(', ') || 'none'}; abstaining: ${vote.abstaining.join(', ') || 'none'}`}
      . <strong>{verdict}</strong> under {validity.rule} ({validity.reason}).
    </p>
  );
}
