import { useEffect, useRef } from 'react';
import { tinykeys } from 'tinykeys';

/** Key bindings in tinykeys' notation ('j', 'g i', 'Shift+?') to what they do. */
export type Shortcuts = Record<string, (event: KeyboardEvent) => void>;

/**
 * Single-key shortcuts, as mail clients have them, bound to the window while
 * the component is mounted. They never fire while the reader types (in a
 * field, a select, an editable region) or holds Ctrl, Alt or Meta, so they
 * cannot take a letter meant for a form or a browser shortcut.
 */
export function useShortcuts(shortcuts: Shortcuts): void {
  // The latest handlers, without rebinding on every render.
  const current = useRef(shortcuts);
  current.current = shortcuts;
  const keys = Object.keys(shortcuts).join('|');
  useEffect(() => {
    const bindings: Shortcuts = {};
    for (const key of keys.split('|')) {
      bindings[key] = (event) => {
        if (isTyping(event) || event.ctrlKey || event.altKey || event.metaKey) return;
        const handler = current.current[key];
        if (!handler) return;
        event.preventDefault();
        handler(event);
      };
    }
    return tinykeys(window, bindings);
  }, [keys]);
}

function isTyping(event: KeyboardEvent): boolean {
  const target = event.target;
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
