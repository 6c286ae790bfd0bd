import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/api-error.js';
import { cableOpened } from '../../api/live-cache.js';
import { queries } from '../../api/queries.js';
import { cableLink, composeLink } from '../../router/links.js';
import { AddresseeList } from '../addressee-list.js';
import { AuthorName } from '../author-name.js';
import { CableBody } from '../cable-body.js';
import { CableTime } from '../cable-time.js';
import { ClassificationBanner } from '../classification-banner.js';
import { ErrorNote } from '../error-note.js';
import { PrecedenceBadge } from '../precedence-badge.js';
import { RegistryNumber } from '../registry-number.js';

/** How long a selection must rest before its cable is fetched: tabbing through the rows reads none of them. */
const SETTLE_MS = 600;

/**
 * The selected cable beside the list, as a mail client shows it. Previewing is
 * reading: the server marks the cable read and its alerts seen, as opening it
 * would, and the row loses its unread mark, but only once the selection has
 * rested on it.
 */
export function CablePreview({ selectedId }: { selectedId: string | null }) {
  const client = useQueryClient();
  const cableId = useSettled(selectedId, SETTLE_MS);
  const state = useQuery({ ...queries.cable(cableId ?? ''), enabled: cableId !== null });
  const openedId = state.data?.cable.id ?? null;
  useEffect(() => {
    if (openedId) cableOpened(client, openedId);
  }, [openedId, client]);

  if (selectedId === null)
    return (
      <aside className="cable-preview muted" aria-label="Preview">
        Select a cable (j and k move, o opens) to read it here.
      </aside>
    );
  if (cableId === null || state.isPending)
    return (
      <aside className="cable-preview muted" aria-label="Preview" aria-busy>
        Loading…
      </aside>
    );
  if (state.isError) {
    const gone = state.error instanceof ApiError && state.error.status === 404;
    return (
      <aside className="cable-preview" aria-label="Preview">
        <ErrorNote message={gone ? 'No such cable that you may read.' : state.error.message} />
      </aside>
    );
  }
  const { cable } = state.data;
  return (
    <aside className="cable-preview" aria-label={`Preview of ${cable.number}`} data-testid="cable-preview">
      <ClassificationBanner classification={cable.classification} />
      <h2 className="preview-subject">
        <Link {...cableLink(cable.id)}>{cable.subject}</Link>
      </h2>
      <p className="cable-line">
        <RegistryNumber number={cable.number} /> <PrecedenceBadge precedence={cable.precedence} />{' '}
        <span className="kind">{cable.kind}</span> · <AuthorName cable={cable} /> ·{' '}
        <CableTime at={cable.registeredAt} />
      </p>
      <div className="preview-to">
        To: <AddresseeList ids={cable.to} />
      </div>
      <CableBody cable={cable} />
      <p className="actions">
        <Link {...cableLink(cable.id)} className="button">
          Open
        </Link>
        <Link {...composeLink(cable.id)} className="button secondary">
          Reply
        </Link>
      </p>
    </aside>
  );
}

/** `value`, once it has stayed the same for `ms`; null until then. */
function useSettled(value: string | null, ms: number): string | null {
  const [settled, setSettled] = useState<string | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled === value ? settled : null;
}
