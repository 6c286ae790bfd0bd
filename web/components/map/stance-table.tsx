import { Link } from '@tanstack/react-router';
import type { IssueMap } from '../../api/schema.js';
import { cableLink } from '../../router/links.js';
import { ScrollRegion } from '../scroll-region.js';

/**
 * The map as a table, the chart's text alternative and what prints: every
 * stance of every party in time order, with the cable it comes from. Long
 * histories show their latest rows.
 */
export function StanceTable({
  map,
  partyName,
  limit = 200,
}: {
  map: IssueMap;
  partyName: (id: string) => string;
  limit?: number;
}) {
  const rows = map.lines.flatMap((line) => line.points).sort((a, b) => a.at.localeCompare(b.at));
  const shown = rows.slice(-limit);
  const ladder = map.mandate?.ladder ?? [];
  return (
    <ScrollRegion label="Every stance">
      <table className="stance-table" data-testid="stance-table">
        <caption>
          Every stance on {map.issue.title}
          {shown.length < rows.length && ` (the latest ${shown.length} of ${rows.length})`}
        </caption>
        <thead>
          <tr>
            <th scope="col">Date (UTC)</th>
            <th scope="col">Party</th>
            <th scope="col">Stance</th>
            <th scope="col">What was said</th>
            <th scope="col">Cable</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((point, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are in a fixed order
            <tr key={i}>
              <td>{point.at.slice(0, 16).replace('T', ' ')}</td>
              <td>{partyName(point.party)}</td>
              <td>
                {point.value !== null
                  ? `${point.value} ${point.unit ?? ''}`
                  : point.step !== null
                    ? `step ${point.step + 1} of our ladder: ${ladder[point.step]?.label ?? point.position}`
                    : (point.position ?? '')}
              </td>
              <td>{point.text}</td>
              <td>
                <Link {...cableLink(point.cable.number)}>{point.cable.number}</Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
