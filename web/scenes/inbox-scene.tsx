import { useEffect, useMemo, useState } from 'react';
import { api } from '../api/api.js';
import type { Box, CableSummary } from '../api/schema.js';
import { CableTable } from '../components/cable-table.js';
import { ErrorNote } from '../components/error-note.js';
import { useSession } from '../hooks/use-session.js';
import { mergeLive } from './merge-live.js';

const PAGE = 50;
const BOXES: { box: Box; label: string }[] = [
  { box: 'in', label: 'Inbox' },
  { box: 'sent', label: 'Sent' },
];

/** The reader's cables: unread first, then by precedence, then newest; live arrivals on top. */
export function InboxScene({ box }: { box: Box }) {
  const { me, live, refreshUnread } = useSession();
  const [loaded, setLoaded] = useState<CableSummary[]>([]);
  const [total, setTotal] = useState(0);
  const [status, setStatus] = useState<'loading' | 'done' | 'more'>('loading');
  const [error, setError] = useState<string | null>(null);
  // Arrivals before the first page came back are already in it; only later ones are new.
  const [liveSeen, setLiveSeen] = useState(0);

  useEffect(() => {
    let current = true;
    setStatus('loading');
    setError(null);
    api.inbox(box, PAGE, 0).then(
      (page) => {
        if (!current) return;
        setLoaded(page.cables);
        setTotal(page.total);
        setStatus('done');
        refreshUnread();
      },
      (caught: Error) => {
        if (!current) return;
        setError(caught.message);
        setStatus('done');
      },
    );
    return () => {
      current = false;
    };
  }, [box, refreshUnread]);

  useEffect(() => {
    if (status === 'loading') setLiveSeen(live.length);
  }, [status, live.length]);

  const arrivals = useMemo(() => live.slice(0, Math.max(0, live.length - liveSeen)), [live, liveSeen]);
  const cables = useMemo(() => mergeLive(loaded, arrivals, box, me.id), [loaded, arrivals, box, me.id]);
  const fresh = useMemo(() => new Set(arrivals.map((cable) => cable.id)), [arrivals]);

  async function loadMore() {
    setStatus('more');
    try {
      const page = await api.inbox(box, PAGE, loaded.length);
      setLoaded((before) => [...before, ...page.cables.filter((c) => !before.some((b) => b.id === c.id))]);
      setTotal(page.total);
    } catch (caught) {
      setError((caught as Error).message);
    }
    setStatus('done');
  }

  const label = box === 'in' ? 'Inbox' : 'Sent';
  return (
    <main className="inbox">
      <div role="tablist" aria-label="Boxes" className="tabs">
        {BOXES.map((tab) => (
          <button
            key={tab.box}
            type="button"
            role="tab"
            id={`tab-${tab.box}`}
            aria-selected={tab.box === box}
            aria-controls="box-panel"
            onClick={() => {
              window.location.hash = tab.box === 'in' ? '#/inbox' : '#/inbox?box=sent';
            }}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <section id="box-panel" role="tabpanel" aria-labelledby={`tab-${box}`} aria-busy={status === 'loading'}>
        <ErrorNote message={error} />
        {status === 'loading' ? (
          <p className="muted">Loading…</p>
        ) : cables.length === 0 ? (
          <p className="muted">{box === 'in' ? 'No cables for you.' : 'You have sent no cables.'}</p>
        ) : (
          <>
            <CableTable cables={cables} caption={label} fresh={fresh} />
            <p className="muted list-foot">
              {cables.length} of {Math.max(total + (cables.length - loaded.length), cables.length)} shown
              {loaded.length < total && (
                <button type="button" onClick={loadMore} disabled={status === 'more'}>
                  Show more
                </button>
              )}
            </p>
          </>
        )}
      </section>
    </main>
  );
}
