import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { Button, Dialog, Heading, Modal } from 'react-aria-components';
import { useShortcuts } from '../hooks/use-shortcuts.js';

/** Every shortcut, as the sheet lists it: the keys as typed, then what they do. */
export const SHORTCUTS: readonly { keys: string; does: string; where: 'everywhere' | 'in a box' }[] = [
  { keys: 'g i', does: 'go to the inbox', where: 'everywhere' },
  { keys: 'g s', does: 'go to the sent box', where: 'everywhere' },
  { keys: 'g m', does: 'go to the mandates', where: 'everywhere' },
  { keys: 'c', does: 'compose a cable', where: 'everywhere' },
  { keys: '/', does: 'search', where: 'everywhere' },
  { keys: '?', does: 'show this list', where: 'everywhere' },
  { keys: 'j / k', does: 'next / previous cable', where: 'in a box' },
  { keys: 'o or Enter', does: 'open the selected cable', where: 'in a box' },
  { keys: 'r', does: 'reply to the selected cable', where: 'in a box' },
];

/**
 * The shortcuts every page has, and the sheet that lists them (on "?"). The
 * sheet is a modal dialog: focus moves into it and returns on Escape.
 */
export function GlobalShortcuts() {
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  useShortcuts({
    'g i': () => void navigate({ to: '/inbox' }),
    'g s': () => void navigate({ to: '/inbox', search: { box: 'sent' } }),
    'g m': () => void navigate({ to: '/mandates' }),
    c: () => void navigate({ to: '/compose' }),
    '/': () => void navigate({ to: '/search' }),
    'Shift+?': () => setOpen(true),
  });
  return (
    <Modal isOpen={open} onOpenChange={setOpen} isDismissable className="modal shortcut-sheet">
      <Dialog>
        <Heading slot="title">Keyboard shortcuts</Heading>
        <table className="shortcut-table">
          <caption className="visually-hidden">Keyboard shortcuts</caption>
          <thead>
            <tr>
              <th scope="col">Keys</th>
              <th scope="col">Does</th>
              <th scope="col">Where</th>
            </tr>
          </thead>
          <tbody>
            {SHORTCUTS.map((shortcut) => (
              <tr key={shortcut.keys}>
                <td>
                  <kbd>{shortcut.keys}</kbd>
                </td>
                <td>{shortcut.does}</td>
                <td>{shortcut.where}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="muted">Shortcuts wait while you type in a field.</p>
        <Button slot="close">Close</Button>
      </Dialog>
    </Modal>
  );
}
