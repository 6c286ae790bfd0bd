import type { Change } from './passage-edit.js';

/**
 * A text with its tracked changes under its caption: struck words in <del>,
 * new words in <ins>, so they read as changes without colour and to a
 * screen reader.
 */
export function TrackedChanges({ changes, label }: { changes: readonly Change[]; label: string }) {
  return (
    <figure className="tracked-changes">
      <figcaption className="muted">{label}</figcaption>
      <p>
        {changes.map((part, i) => {
          // The runs never move, so their position is their identity.
          const key = `${i}-${part.change}`;
          if (part.change === 'deleted') return <del key={key}>{part.text}</del>;
          if (part.change === 'inserted') return <ins key={key}>{part.text}</ins>;
          return <span key={key}>{part.text}</span>;
        })}
      </p>
    </figure>
  );
}
