import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { Organisation, OrganisationConference } from '../../api/setup-api.js';
import { FormField } from '../form-field.js';
import { CheckGroup, firstError } from './check-group.js';
import { draftOf, type PlanDraft, planChange } from './plan-draft.js';
import { IssueRows, PartyRows, SessionRows } from './plan-rows.js';
import { SetupForm } from './setup-form.js';

/**
 * A conference's plan as one form: the parties and which is ours, the
 * principals alerted on moves, the delegation that reports them, the issues
 * with who takes part and how each is decided, and the sessions. Saved as one
 * `conference.plan` change; a refusal lands on the row and field it names.
 */
export function PlanEditor({
  organisation,
  conference,
}: {
  organisation: Organisation;
  conference: OrganisationConference;
}) {
  const [draft, setDraft] = useState<PlanDraft>(() => draftOf(conference.plan));
  const edit = (fields: Partial<PlanDraft>) => setDraft({ ...draft, ...fields });
  const people = Object.values(organisation.people)
    .filter((person) => person.endedAt === null && person.id !== 'registry')
    .map((person) => ({ value: person.id, label: person.name }));
  const parties = draft.parties
    .filter((party) => party.id)
    .map((p) => ({ value: p.id, label: p.name || p.id }));
  return (
    <SetupForm
      title="The plan"
      submitLabel="Save the plan"
      changes={() => [planChange(conference.id, draft)]}
    >
      {(errors) => (
        <>
          <PartyRows parties={draft.parties} onChange={(rows) => edit({ parties: rows })} errors={errors} />
          <FormField
            label="Our party"
            htmlFor="plan-our-party"
            field="plan.ourParty"
            error={errors['plan.ourParty']}
          >
            <select
              id="plan-our-party"
              required
              value={draft.ourParty}
              onChange={(e) => edit({ ourParty: e.target.value })}
            >
              <option value="">Choose the party plenipo steers</option>
              {parties.map((party) => (
                <option key={party.value} value={party.value}>
                  {party.label}
                </option>
              ))}
            </select>
          </FormField>
          <CheckGroup
            legend="Principals"
            field="plan.principals"
            hint="alerted when a reported move is not within the mandate; they issue directives"
            options={people}
            chosen={draft.principals}
            onChange={(principals) => edit({ principals })}
            error={errors['plan.principals'] ?? firstError(errors, 'plan.principals[')}
          />
          <CheckGroup
            legend="Delegation"
            field="plan.delegation"
            hint="the people of our delegation, who report moves at the table"
            options={people}
            chosen={draft.delegation}
            onChange={(delegation) => edit({ delegation })}
            error={errors['plan.delegation'] ?? firstError(errors, 'plan.delegation[')}
          />
          <IssueRows
            issues={draft.issues}
            parties={parties}
            onChange={(rows) => edit({ issues: rows })}
            errors={errors}
          />
          <SessionRows
            sessions={draft.sessions}
            parties={parties}
            issues={draft.issues
              .filter((issue) => issue.id)
              .map((i) => ({ value: i.id, label: i.title || i.id }))}
            onChange={(rows) => edit({ sessions: rows })}
            errors={errors}
          />
          <p className="muted">
            <Button className="link-button" onPress={() => setDraft(draftOf(conference.plan))}>
              Undo my edits
            </Button>
          </p>
        </>
      )}
    </SetupForm>
  );
}
