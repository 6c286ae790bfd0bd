import type { ReactNode } from 'react';

/**
 * A table wider than a phone scrolls sideways inside this region, which takes
 * the keyboard focus so it can be scrolled without a mouse (axe:
 * scrollable-region-focusable), and is named for screen readers.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls must be reachable by keyboard to be scrolled
    <section className="table-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
