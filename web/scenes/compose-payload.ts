import type { CableDraft } from '../api/schema.js';
import { amendmentFrom, type DirectiveForm } from '../components/directive/directive-form.js';
import { type MoveDraft, movesPayloadFrom } from '../components/moves/report-form.js';

/** What the structured part of a cable holds while it is composed. */
export interface PayloadForms {
  directive: DirectiveForm;
  moves: MoveDraft[];
}

/** No payload yet: an empty directive and no moves. */
export const NO_PAYLOAD: PayloadForms = {
  directive: { issue: '', effectiveFrom: '', changes: [] },
  moves: [],
};

/**
 * The draft with the payload its kind carries: a directive its mandate
 * amendment, a report its moves, when the reader composed one for the cable's
 * conference. The cable is tagged with the issues the payload is about.
 * Throws a problem naming the field for what cannot be sent.
 */
export function withPayload(draft: CableDraft, forms: PayloadForms): CableDraft {
  const { conference } = draft;
  if (!conference) return draft;
  if (draft.kind === 'directive' && (forms.directive.issue || forms.directive.changes.length > 0)) {
    const payload = amendmentFrom(forms.directive, conference);
    return { ...draft, payload, issues: union(draft.issues, [payload.issue]) };
  }
  if (draft.kind === 'report' && forms.moves.length > 0) {
    const payload = movesPayloadFrom(forms.moves, conference);
    return {
      ...draft,
      payload,
      issues: union(
        draft.issues,
        payload.moves.map((move) => move.issue),
      ),
    };
  }
  return draft;
}

function union(tags: readonly string[] | undefined, more: readonly string[]): string[] {
  return [...new Set([...(tags ?? []), ...more.filter(Boolean)])];
}
