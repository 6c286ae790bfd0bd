import { useEffect } from 'react';
import type { ApiError } from '../api/api-error.js';
import type { Conference, ConferencePlan } from '../api/schema.js';
import { useConferences } from '../hooks/use-conferences.js';
import type { PayloadForms } from '../scenes/compose-payload.js';
import { DirectiveComposer } from './directive/directive-composer.js';
import { MoveComposer } from './moves/move-composer.js';

interface PayloadComposerProps {
  kind: string;
  conference: string;
  /** The cable's issue tags, comma separated: a directive or move starts on the first planned one. */
  issues: string[];
  forms: PayloadForms;
  onChange: (forms: PayloadForms) => void;
  error: ApiError | null;
}

/**
 * The structured part of a directive or report, once a conference with a
 * plan is chosen: a mandate amendment, or the moves at the table.
 */
export function PayloadComposer({ kind, conference, issues, forms, onChange, error }: PayloadComposerProps) {
  const conferences = useConferences();
  const chosen = conferences.data?.find((c) => c.id === conference);
  const planned = chosen?.plan ? (chosen as Conference & { plan: ConferencePlan }) : null;
  const suggested = issues.find((tag) => planned?.plan.issues.some((issue) => issue.id === tag)) ?? '';

  useEffect(() => {
    if (kind === 'directive' && suggested && !forms.directive.issue && forms.directive.changes.length === 0)
      onChange({ ...forms, directive: { ...forms.directive, issue: suggested } });
  }, [kind, suggested, forms, onChange]);

  if (kind !== 'directive' && kind !== 'report') return null;
  const purpose = kind === 'directive' ? 'amend a mandate' : 'report moves at the table';
  if (!conference)
    return <p className="muted composer-note">Choose a conference to {purpose} with this cable.</p>;
  if (conferences.isPending) return <p className="muted composer-note">Loading the conference…</p>;
  if (!planned)
    return (
      <p className="muted composer-note">
        This conference has no plan of issues, so no cable can {purpose} yet.
      </p>
    );
  return kind === 'directive' ? (
    <DirectiveComposer
      conference={planned}
      form={forms.directive}
      onChange={(directive) => onChange({ ...forms, directive })}
      error={error}
    />
  ) : (
    <MoveComposer
      conference={planned}
      moves={forms.moves}
      onChange={(moves) => onChange({ ...forms, moves })}
      suggestedIssue={suggested}
      error={error}
    />
  );
}
