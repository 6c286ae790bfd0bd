import { callApi, loadCredentials } from '../api-client.js';

interface Remote {
  server?: string;
  conference: string;
  json?: boolean;
}

interface Point {
  at: string;
  party: string;
  position: string | null;
  value: number | null;
  unit: string | null;
  step: number | null;
  text: string;
  cable: { number: string };
}

const stance = (p: Pick<Point, 'value' | 'unit' | 'position'>) =>
  p.value !== null ? `${p.value} ${p.unit ?? ''}`.trim() : (p.position ?? '');

/** Prints one issue's negotiation map as a table (each party's stances over time), or every issue without one. */
export async function map(issue: string | undefined, options: Remote & { since?: string }): Promise<void> {
  const { server, token } = loadCredentials(options.server);
  const base = `/api/conferences/${encodeURIComponent(options.conference)}/map`;
  if (!issue) {
    const query = options.since ? `?since=${encodeURIComponent(options.since)}` : '';
    const overview = await callApi<{
      issues: {
        issue: { id: string };
        status: string;
        statusSince: string | null;
        moved: boolean;
        gap: { text: string };
      }[];
    }>(server, token, 'GET', `${base}${query}`);
    if (options.json) return void process.stdout.write(`${JSON.stringify(overview, null, 2)}\n`);
    const lines = overview.issues.map(
      (row) =>
        `${row.moved ? '*' : ' '} ${row.issue.id.padEnd(28)} ${row.status.padEnd(10)} ` +
        `${(row.statusSince ?? '').slice(0, 10).padEnd(10)}  ${row.gap.text}`,
    );
    return void process.stdout.write(`${lines.join('\n')}\n`);
  }
  const view = await callApi<{
    issue: { id: string; title: string };
    lines: { party: string; points: Point[] }[];
    mandate: { ladder: { id: string; label: string }[]; authority: number } | null;
    gap: { text: string };
    status: string;
    statusSince: string | null;
    statusHistory: { status: string; at: string; cable: { number: string } }[];
  }>(server, token, 'GET', `${base}/${encodeURIComponent(issue)}`);
  if (options.json) return void process.stdout.write(`${JSON.stringify(view, null, 2)}\n`);
  const out = [`${view.issue.title} (${view.issue.id})`];
  out.push(`Status: ${view.status}${view.statusSince ? ` since ${view.statusSince.slice(0, 10)}` : ''}`);
  for (const change of view.statusHistory)
    out.push(`  ${change.at.slice(0, 10)}  ${change.status.padEnd(10)} [${change.cable.number}]`);
  out.push(`Gap: ${view.gap.text}`);
  const authority = view.mandate?.authority ?? -1;
  for (const [i, step] of (view.mandate?.ladder ?? []).entries())
    out.push(`  our step ${i + 1}: ${step.label}${i <= authority ? '' : ' (needs authority)'}`);
  out.push('', `${'date'.padEnd(17)} ${'party'.padEnd(10)} ${'stance'.padEnd(24)} cable`);
  const rows = view.lines.flatMap((line) => line.points).sort((a, b) => a.at.localeCompare(b.at));
  for (const p of rows)
    out.push(
      `${p.at.slice(0, 16).replace('T', ' ')}  ${p.party.padEnd(10)} ${stance(p).padEnd(24)} ${p.cable.number}`,
    );
  process.stdout.write(`${out.join('\n')}\n`);
}
