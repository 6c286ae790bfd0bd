import { useSession } from '../hooks/use-session.js';
import { classificationLevel } from './classification-level.js';

/** The band at the top and bottom of a cable, as on a classified page. */
export function ClassificationBanner({ classification }: { classification: string }) {
  const { directory } = useSession();
  const level = classificationLevel(directory.classifications, classification);
  return <div className={`classification-banner level-${level}`}>{classification}</div>;
}

/** The classification as a small label in a list row. */
export function ClassificationLabel({ classification }: { classification: string }) {
  const { directory } = useSession();
  const level = classificationLevel(directory.classifications, classification);
  return <span className={`badge classification level-${level}`}>{classification}</span>;
}
