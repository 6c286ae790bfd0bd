import { readFileSync } from 'node:fs';
import { callApi, loadCredentials } from '../api-client.js';

interface VettingView {
  draft: { id: string; number: string; subject: string; body: string };
  reviewers: { reviewer: string; state: string }[];
  rule: { type: string; count?: number; reviewer?: string };
  holds: boolean;
  reviews: {
    number: string;
    reviewer: string;
    verdict: string;
    edits: { original: string; text: string; reason: string; decision: string | null }[];
  }[];
  finalText: string | null;
}

const path = (draft: string, tail = '') => `/api/vetting/${encodeURIComponent(draft)}${tail}`;
const print = (text: string) => void process.stdout.write(`${text}\n`);

/** `plenipo vet send`: a draft to its reviewers, with the rule they sign it off by. */
export async function vetSend(options: {
  server?: string;
  reviewer: string[];
  rule?: string;
  joint?: boolean;
  classification: string;
  subject: string;
  body?: string;
  bodyFile?: string;
}): Promise<void> {
  const { server, token } = loadCredentials(options.server);
  const rule = parseRule(options.rule ?? 'all');
  const body = options.body ?? readFileSync(options.bodyFile ?? 0, 'utf8');
  const { cable } = await callApi<{ cable: { number: string } }>(server, token, 'POST', '/api/vetting', {
    reviewers: options.reviewer,
    rule,
    joint: options.joint ?? false,
    classification: options.classification,
    subject: options.subject,
    body,
  });
  print(`Draft ${cable.number} sent to ${options.reviewer.join(', ')}.`);
}

/** `all`, `any:2`, `named:stalin`. */
function parseRule(rule: string) {
  const [type, value] = rule.split(':');
  if (type === 'any') return { type, count: Number(value) };
  if (type === 'named') return { type, reviewer: value };
  return { type: 'all' };
}

/** `plenipo vet show`: the draft, each review with its edits and decisions, and the sign-off status. */
export async function vetShow(draft: string, options: { server?: string; json?: boolean }): Promise<void> {
  const { server, token } = loadCredentials(options.server);
  const view = await callApi<VettingView>(server, token, 'GET', path(draft));
  if (options.json) return print(JSON.stringify(view, null, 2));
  print(`${view.draft.number}  ${view.draft.subject}`);
  print(
    `Rule: ${view.rule.type}${view.rule.count ?? ''}${view.rule.reviewer ? ` ${view.rule.reviewer}` : ''} — ${view.holds ? 'holds' : 'does not hold yet'}`,
  );
  for (const r of view.reviewers) print(`  ${r.reviewer}: ${r.state}`);
  for (const review of view.reviews) {
    print(`${review.number} by ${review.reviewer}: ${review.verdict}`);
    for (const [i, edit] of review.edits.entries())
      print(`  ${i}. [-${edit.original}-]{+${edit.text}+} (${edit.reason}) ${edit.decision ?? 'unanswered'}`);
  }
  if (view.finalText !== null) print(`\nFinal text as it stands:\n${view.finalText}`);
}

/** `plenipo vet review`: no objections, a refusal, or edits (`--strike` finds its text in the draft). */
export async function vetReview(
  draft: string,
  options: {
    server?: string;
    noObjections?: boolean;
    refuse?: string;
    strike?: string;
    reason?: string;
    editsFile?: string;
  },
): Promise<void> {
  const { server, token } = loadCredentials(options.server);
  let body: object;
  if (options.refuse) body = { verdict: 'refused', reason: options.refuse };
  else if (options.strike || options.editsFile) {
    let edits: object[];
    if (options.editsFile) edits = JSON.parse(readFileSync(options.editsFile, 'utf8'));
    else {
      const view = await callApi<VettingView>(server, token, 'GET', path(draft));
      const from = view.draft.body.indexOf(options.strike!);
      if (from < 0) throw new Error('--strike: the draft does not contain that text');
      edits = [
        { from, to: from + options.strike!.length, original: options.strike, reason: options.reason ?? '' },
      ];
    }
    body = { verdict: 'edits', edits };
  } else body = { verdict: 'no-objections' };
  const { cable } = await callApi<{ cable: { number: string } }>(
    server,
    token,
    'POST',
    path(draft, '/reviews'),
    body,
  );
  print(`Review ${cable.number} registered.`);
}

/** `plenipo vet answer`: accept or decline edits, each as `<review>:<edit>`. */
export async function vetAnswer(
  draft: string,
  options: { server?: string; accept?: string[]; decline?: string[] },
): Promise<void> {
  const { server, token } = loadCredentials(options.server);
  const answers = [
    ...(options.accept ?? []).map((e) => ({ ...parseEdit(e), decision: 'accepted' })),
    ...(options.decline ?? []).map((e) => ({ ...parseEdit(e), decision: 'declined' })),
  ];
  const { cable } = await callApi<{ cable: { number: string } }>(
    server,
    token,
    'POST',
    path(draft, '/answers'),
    {
      answers,
    },
  );
  print(`Answers ${cable.number} registered.`);
}

function parseEdit(text: string) {
  const at = text.lastIndexOf(':');
  return { review: text.slice(0, at), edit: Number(text.slice(at + 1)) };
}

/** `plenipo vet final`: register the final text once the rule holds. */
export async function vetFinal(
  draft: string,
  options: { server?: string; to: string[]; kind?: string },
): Promise<void> {
  const { server, token } = loadCredentials(options.server);
  const { cable } = await callApi<{ cable: { number: string } }>(
    server,
    token,
    'POST',
    path(draft, '/final'),
    {
      to: options.to,
      ...(options.kind ? { kind: options.kind } : {}),
    },
  );
  print(`Final text registered as ${cable.number}.`);
}
