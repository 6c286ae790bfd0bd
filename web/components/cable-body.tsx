import type { ClipboardEvent } from 'react';
import type { CableView } from '../api/schema.js';

const READ_OUT_NOTE = 'READ-OUT: to be read, not copied or printed';

/**
 * The body as plain text, never as HTML. A READ-OUT body (PRODUCT.md §Cable:
 * shown, never exported, printed or copied) cannot be selected, copied or
 * printed here; when the API withholds it, only the note is shown.
 */
export function CableBody({ cable }: { cable: Pick<CableView, 'body' | 'withheld' | 'captions'> }) {
  const readOut = cable.withheld === 'READ-OUT' || cable.captions.includes('READ-OUT');
  if (cable.body === null) {
    return (
      <p className="read-out-note" data-testid="cable-body-withheld">
        {cable.withheld === 'READ-OUT' ? READ_OUT_NOTE : 'The body is withheld.'}
      </p>
    );
  }
  if (!readOut) {
    return (
      <div className="cable-body" data-testid="cable-body">
        {cable.body}
      </div>
    );
  }
  const refuse = (event: ClipboardEvent) => event.preventDefault();
  return (
    <>
      <p className="read-out-note">{READ_OUT_NOTE}</p>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the handlers refuse copying; they add no interaction to reach by keyboard */}
      <div
        className="cable-body read-out-body"
        data-testid="cable-body"
        onCopy={refuse}
        onCut={refuse}
        onContextMenu={(event) => event.preventDefault()}
      >
        {cable.body}
      </div>
    </>
  );
}
