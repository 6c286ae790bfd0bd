import type { CableView, ConferencePlan, Directory, Move, Position, ReportedMove } from '../api/schema.js';
import type { DirectiveForm } from '../components/directive/directive-form.js';
import { newKey } from '../components/local-problem.js';
import { namesFrom } from '../components/mandate/describe-mandate.js';
import type { AuthorityIntent } from '../router/route-search.js';
import { blankForm, type ComposeForm } from './compose-form.js';

/*
 * The authority round trip (PRODUCT.md §Move): the delegation asks for
 * authority on a move the mandate does not cover; a principal grants it by a
 * directive that releases the step, or refuses it.
 */

/** Whether a reported move is one that authority could answer: beyond the authority given, or held back by a linkage. */
export function needsAuthority(reported: ReportedMove): boolean {
  const verdict = reported.verdict?.verdict;
  return reported.move.side === 'ours' && (verdict === 'NEEDS_AUTHORITY' || verdict === 'LINKAGE_UNMET');
}

/** Whether the reader is one of the conference's principals (who alone may amend a mandate). */
export function isPrincipal(
  plan: Pick<ConferencePlan, 'principals'> | null | undefined,
  person: string,
): boolean {
  return plan?.principals.includes(person) ?? false;
}

/** The conference a report's moves are about: its payload's, else the cable's. */
export function reportConference(cable: CableView): string | null {
  const conference = cable.payload?.conference;
  return typeof conference === 'string' ? conference : cable.conference;
}

export interface AuthorityContext {
  intent: AuthorityIntent;
  directory: Pick<Directory, 'precedences' | 'classifications' | 'kinds'>;
  /** The report whose move is at stake. */
  report: CableView;
  /** The cable answered: the report itself, or a query about it. */
  answered: CableView;
  /** The move's idx in the report; null: the first that needs authority. */
  move: number | null;
  /** The conference's plan and its mandates now (GET /api/conferences/:id/mandates). */
  plan: Pick<ConferencePlan, 'principals' | 'issues' | 'parties'>;
  mandates: readonly { issue: { id: string }; mandate: { ladder: Position[] } | null }[];
}

export interface AuthorityDraft {
  form: ComposeForm;
  directive: DirectiveForm;
  /** The move the draft is about. */
  move: ReportedMove;
}

/**
 * The prefilled cable for one step of the round trip: a query to the
 * principals asking for authority, a directive to the report's author that
 * releases the step the move named (or the next one), or a reply refusing.
 * Everything stays editable. Null when the report has no such move.
 */
export function authorityDraft(context: AuthorityContext): AuthorityDraft | null {
  const { intent, directory, report, answered, plan, mandates } = context;
  const reported = (report.moves ?? []).find((m) =>
    context.move === null ? needsAuthority(m) : m.idx === context.move,
  );
  if (!reported) return null;
  const { move, verdict } = reported;
  const names = namesFrom(
    plan,
    mandates.flatMap(({ mandate }) => (mandate ? [mandate.ladder] : [])),
  );
  const issue = names.issue(move.issue);
  const what = move.position ? names.step(move.position) : move.summary;
  const which = `move ${reported.idx + 1} of ${report.number}`;
  const ladder = mandates.find((m) => m.issue.id === move.issue)?.mandate?.ladder ?? [];
  const onLadder = move.position !== undefined && ladder.some((step) => step.id === move.position);

  const base: ComposeForm = {
    ...blankForm(directory),
    precedence: answered.precedence,
    classification: answered.classification,
    issues: move.issue,
    conference: reportConference(report) ?? '',
    inReplyTo: answered.number,
  };
  const directive: DirectiveForm = { issue: '', effectiveFrom: '', changes: [] };
  switch (intent) {
    case 'ask-authority':
      return {
        move: reported,
        directive,
        form: {
          ...base,
          to: [...plan.principals],
          kind: kindOr(directory, 'query'),
          subject: `Authority requested: ${issue} — ${what}`,
          body: [
            `I ask for authority on ${which}: our ${move.type} on ${issue}, ${putInWords(move, names.step)}.`,
            move.summary,
            verdict ? `Verdict: ${verdict.verdict.replaceAll('_', ' ')}. ${verdict.explanation}` : '',
          ]
            .filter(Boolean)
            .join('\n'),
        },
      };
    case 'grant-authority':
      return {
        move: reported,
        directive: {
          issue: move.issue,
          effectiveFrom: '',
          changes: [
            onLadder && move.position
              ? { key: newKey(), op: 'release-to', position: move.position }
              : { key: newKey(), op: 'release-next' },
          ],
        },
        form: {
          ...base,
          to: [report.author.id],
          kind: kindOr(directory, 'directive'),
          subject: `Authority granted: ${issue} — ${what}`,
          body: onLadder
            ? `Authority granted on ${which}: you may go up to ‘${what}’ on ${issue}.`
            : `Authority granted on ${which}: you may go one step further on ${issue}.`,
        },
      };
    case 'refuse-authority':
      return {
        move: reported,
        directive,
        form: {
          ...base,
          to: [report.author.id],
          kind: kindOr(directory, 'reply'),
          subject: `Authority refused: ${issue} — ${what}`,
          body: `Authority refused on ${which}: our ${move.type} on ${issue}, ${putInWords(move, names.step)}. Hold to the mandate in force.`,
        },
      };
  }
}

function kindOr(directory: Pick<Directory, 'kinds'>, kind: string): string {
  return directory.kinds.includes(kind) ? kind : (directory.kinds[0] ?? kind);
}

function putInWords(move: Move, step: (id: string) => string): string {
  if (move.position) return `‘${step(move.position)}’`;
  if (move.value !== undefined) return `${move.value}${move.unit ? ` ${move.unit}` : ''}`;
  return 'no position named';
}
