import { callApi, loadCredentials } from '../api-client.js';
import { conferenceOf } from './conference-option.js';
import { jsonObjectIn } from './json-file.js';

interface Remote {
  server?: string;
  conference: string;
  json?: boolean;
}

interface CitedCable {
  id: string;
  number: string;
}
interface MandateView {
  ladder: { id: string; label: string; min?: number; max?: number; unit?: string }[];
  authority: number;
  authorityFrom: CitedCable | null;
  redLines: { clause: { id: string; description: string }; directive: CitedCable | null }[];
  linkages: { clause: { id: string; description: string }; directive: CitedCable | null }[];
}
interface VerdictView {
  verdict: string;
  explanation: string;
  directive: CitedCable | null;
  cites: CitedCable[];
}

const from = (cable: CitedCable | null) => (cable ? ` [${cable.number}]` : '');

/** Prints one issue's mandate, now or as of a date, with its history of directives. */
export async function mandateShow(issue: string, options: Remote & { at?: string }): Promise<void> {
  const { server, token } = loadCredentials(options.server);
  const query = options.at ? `?at=${encodeURIComponent(options.at)}` : '';
  const result = await callApi<{
    at: string;
    issue: { id: string; title: string };
    mandate: MandateView | null;
    history: {
      directive: CitedCable;
      registeredAt: string;
      effectiveAt: string;
      changes: { op: string }[];
    }[];
  }>(
    server,
    token,
    'GET',
    `/api/conferences/${encodeURIComponent(options.conference)}/mandates/${encodeURIComponent(issue)}${query}`,
  );
  if (options.json) return void process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  const lines = [`${result.issue.title} (${result.issue.id}) — mandate as of ${result.at}`];
  const { mandate } = result;
  if (!mandate) lines.push('  No mandate: no directive has given one.');
  else {
    lines.push('  Ladder:');
    mandate.ladder.forEach((step, i) => {
      const range = step.unit ? ` (${step.min}–${step.max} ${step.unit})` : '';
      const mark = i <= mandate.authority ? 'may move alone' : 'needs authority';
      lines.push(`   ${i + 1}. ${step.label}${range} — ${mark}`);
    });
    lines.push(`  Authority up to step ${mandate.authority + 1}${from(mandate.authorityFrom)}`);
    for (const { clause, directive } of mandate.redLines)
      lines.push(`  Red line ${clause.id}: ${clause.description}${from(directive)}`);
    for (const { clause, directive } of mandate.linkages)
      lines.push(`  Linkage ${clause.id}: ${clause.description}${from(directive)}`);
  }
  lines.push('  History:');
  for (const entry of result.history) {
    lines.push(
      `   ${entry.directive.number}  ${entry.registeredAt.slice(0, 16)}  ${entry.changes.map((c) => c.op).join(', ')}`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** "What if I concede this?": the verdict a move would get now (or `--at` an instant), without reporting it. */
export async function check(
  options: Omit<Remote, 'conference'> & {
    conference?: string;
    at?: string;
    issue?: string;
    type?: string;
    move?: string;
    position?: string;
    value?: string;
    unit?: string;
    admit?: string[];
    decision?: string;
    summary?: string;
  },
): Promise<number> {
  const { server, token } = loadCredentials(options.server);
  const move = {
    summary: 'what if',
    ...(options.move ? jsonObjectIn(options.move, '--move') : {}),
    ...(options.issue ? { issue: options.issue } : {}),
    ...(options.type ? { type: options.type } : {}),
    ...(options.summary ? { summary: options.summary } : {}),
    ...(options.position ? { position: options.position } : {}),
    ...(options.value !== undefined ? { value: Number(options.value) } : {}),
    ...(options.unit ? { unit: options.unit } : {}),
    ...(options.decision ? { decisionRule: options.decision } : {}),
    ...(options.admit
      ? {
          participation: options.admit.map((entry) => {
            const [party, issues] = entry.split(':');
            return { party, issues: (issues ?? '*').split('+') };
          }),
        }
      : {}),
  };
  const conference = await conferenceOf(server, token, options.conference);
  const { verdict } = await callApi<{ verdict: VerdictView }>(
    server,
    token,
    'POST',
    `/api/conferences/${encodeURIComponent(conference)}/check`,
    { move, ...(options.at ? { at: options.at } : {}) },
  );
  if (options.json) process.stdout.write(`${JSON.stringify(verdict, null, 2)}\n`);
  else process.stdout.write(`${verdict.verdict}: ${verdict.explanation}${from(verdict.directive)}\n`);
  return verdict.verdict === 'WITHIN' ? 0 : 3;
}
