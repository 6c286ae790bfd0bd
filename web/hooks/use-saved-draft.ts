import { useEffect, useState } from 'react';

/** Drafts live in this tab only: they survive leaving the page and reloading, never the tab being closed. */
const PREFIX = 'plenipo:draft:';
const SAVE_AFTER_MS = 400;

export interface SavedDraft<T> {
  value: T;
  savedAt: string;
}

/**
 * A form's state kept in the tab's session storage under `key` while the
 * writer types, so that navigating away loses nothing. A cable's text may be
 * secret: it is never written to storage that outlives the tab, and signing
 * out clears every draft (see forgetDrafts).
 */
export function useSavedDraft<T>(key: string, value: T, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const timer = setTimeout(() => {
      const saved: SavedDraft<T> = { value, savedAt: new Date().toISOString() };
      sessionStorage.setItem(PREFIX + key, JSON.stringify(saved));
    }, SAVE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [key, value, enabled]);
}

/** The draft saved under `key`, read once when the form opens. */
export function useRestoredDraft<T>(key: string): SavedDraft<T> | null {
  const [restored] = useState(() => readDraft<T>(key));
  return restored;
}

export function readDraft<T>(key: string): SavedDraft<T> | null {
  const text = sessionStorage.getItem(PREFIX + key);
  if (!text) return null;
  try {
    return JSON.parse(text) as SavedDraft<T>;
  } catch {
    return null;
  }
}

export function discardDraft(key: string): void {
  sessionStorage.removeItem(PREFIX + key);
}

/** Every draft of this tab: on signing out, so the next person at this screen finds none. */
export function forgetDrafts(): void {
  for (const key of Object.keys(sessionStorage)) if (key.startsWith(PREFIX)) sessionStorage.removeItem(key);
}
