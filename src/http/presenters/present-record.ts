import type { AlignedAccounts, NegotiationMap, SessionRecord } from '../../core/index.js';

/** A cable named by id and registry number; every cable named here is one the reader may read. */
export function citing(numbers: Map<string, string>) {
  return (id: string) => ({ id, number: numbers.get(id) ?? '?' });
}

/** A session's record with its cited cables named by registry number; chain positions never appear. */
export function presentSessionRecord(view: {
  record: SessionRecord;
  aligned: AlignedAccounts;
  numbers: Map<string, string>;
}) {
  const cite = citing(view.numbers);
  const { record, aligned } = view;
  return {
    session: record.session,
    agenda: record.agenda,
    participants: record.participants,
    entries: record.entries.map((entry) => ({ ...entry, cable: cite(entry.cable) })),
    accounts: record.accounts.map((account) => ({ ...account, cable: cite(account.cable) })),
    flags: record.flags,
    aligned: {
      accounts: aligned.accounts.map((account) => ({ ...account, cable: cite(account.cable) })),
      rows: aligned.rows,
    },
  };
}

export function presentIssueMap(
  view: { map: NegotiationMap; parties: { id: string; name: string }[] },
  cite: ReturnType<typeof citing>,
) {
  const { map } = view;
  return {
    issue: map.issue,
    parties: view.parties,
    lines: map.parties.map(({ party, points }) => ({
      party,
      points: points.map((point) => ({ ...point, cable: cite(point.cable) })),
    })),
    units: map.units,
    mandate: map.mandate && { ...map.mandate, directives: map.mandate.directives.map(cite) },
    gap: map.gap,
    status: map.status,
    statusSince: map.statusSince,
    statusHistory: map.statusHistory.map((change) => ({ ...change, cable: cite(change.cable) })),
    lastMovedAt: map.lastMovedAt,
  };
}
