import type { AlignedAccounts } from '../../api/schema.js';
import { ScrollRegion } from '../scroll-region.js';

type Cell = AlignedAccounts['rows'][number]['cells'][number];

const SOURCES: Record<AlignedAccounts['accounts'][number]['source'], string> = {
  'our-note': 'our note',
  'their-memo': 'their memorandum',
  press: 'press report',
  verbatim: 'verbatim record',
};

/**
 * Several accounts of one meeting, one column each, exchange by exchange
 * (PRODUCT.md §Record). Words an account has that the first telling lacks are
 * marked as insertions, words it leaves out as deletions (underlined and struck
 * through, not coloured only); an account that omits the exchange says so.
 */
export function AccountsSideBySide({
  aligned,
  partyName,
}: {
  aligned: AlignedAccounts;
  partyName: (id: string) => string;
}) {
  if (aligned.accounts.length < 2) return null;
  return (
    <section className="accounts" aria-labelledby="accounts-heading" data-testid="accounts">
      <h2 id="accounts-heading">The accounts side by side</h2>
      <p className="muted">
        Differences from the first account that tells each exchange: <ins>words only this account has</ins>,{' '}
        <del>words it leaves out</del>.
      </p>
      <ScrollRegion label="Accounts side by side">
        <table className="accounts-table">
          <caption className="visually-hidden">Accounts of the session, exchange by exchange</caption>
          <thead>
            <tr>
              <th scope="col">Party</th>
              {aligned.accounts.map((account) => (
                <th scope="col" key={account.cable.id}>
                  {account.title ?? SOURCES[account.source]} ({partyName(account.party)},{' '}
                  {account.cable.number})
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {aligned.rows.map((row) => (
              <tr key={row.key} data-testid="aligned-row" data-key={row.key}>
                <th scope="row">
                  {partyName(row.party)}
                  {row.issue && (
                    <>
                      {' '}
                      <code className="muted">{row.issue}</code>
                    </>
                  )}
                </th>
                {row.cells.map((cell, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a cell's place is its account's column
                  <td key={i}>
                    <AccountCell cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}

function AccountCell({ cell }: { cell: Cell }) {
  if (!cell) return <em className="omitted">Not in this account</em>;
  const speaker = cell.speaker ? <strong>{cell.speaker}: </strong> : null;
  if (!cell.wording)
    return (
      <>
        {speaker}
        {cell.text}
      </>
    );
  return (
    <span data-testid="compared">
      {speaker}
      {cell.wording.map((part, i) => {
        // biome-ignore lint/suspicious/noArrayIndexKey: parts never move
        if (part.in === 'other') return <ins key={i}>{part.text}</ins>;
        // biome-ignore lint/suspicious/noArrayIndexKey: parts never move
        if (part.in === 'first') return <del key={i}>{part.text}</del>;
        // biome-ignore lint/suspicious/noArrayIndexKey: parts never move
        return <span key={i}>{part.text}</span>;
      })}
    </span>
  );
}
