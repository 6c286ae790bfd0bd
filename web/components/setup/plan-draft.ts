import type { OrganisationConference, SetupChangeRequest } from '../../api/setup-api.js';

type Plan = NonNullable<OrganisationConference['plan']>;

export interface PartyDraft {
  id: string;
  name: string;
  head: string;
}
export interface IssueDraft {
  id: string;
  title: string;
  /** No party chosen: the issue is open to every party. */
  participants: string[];
  decision: 'unanimity' | 'majority' | 'two-thirds';
}
export interface SessionDraft {
  id: string;
  date: string;
  place: string;
  participants: string[];
  agenda: string[];
}
export interface PlanDraft {
  ourParty: string;
  principals: string[];
  delegation: string[];
  parties: PartyDraft[];
  issues: IssueDraft[];
  sessions: SessionDraft[];
}

/** The plan as the editor holds it: every field a string or a list, nothing left undefined. */
export function draftOf(plan: Plan | null): PlanDraft {
  if (!plan) {
    return {
      ourParty: '',
      principals: [],
      delegation: [],
      parties: [
        { id: '', name: '', head: '' },
        { id: '', name: '', head: '' },
      ],
      issues: [],
      sessions: [],
    };
  }
  return {
    ourParty: plan.ourParty,
    principals: [...plan.principals],
    delegation: [...plan.delegation],
    parties: plan.parties.map((party) => ({ id: party.id, name: party.name, head: party.head ?? '' })),
    issues: plan.issues.map((issue) => ({ ...issue, participants: issue.participants ?? [] })),
    sessions: plan.sessions.map((session) => ({ ...session, date: session.date.slice(0, 10) })),
  };
}

/** The `conference.plan` change the draft asks for; empty optional fields are left out. */
export function planChange(conference: string, draft: PlanDraft): SetupChangeRequest {
  return {
    op: 'conference.plan',
    id: conference,
    plan: {
      ourParty: draft.ourParty,
      principals: draft.principals,
      delegation: draft.delegation,
      parties: draft.parties.map(({ head, ...party }) => (head.trim() ? { ...party, head } : party)),
      issues: draft.issues.map(({ participants, ...issue }) =>
        participants.length > 0 ? { ...issue, participants } : issue,
      ),
      sessions: draft.sessions,
    },
  };
}
