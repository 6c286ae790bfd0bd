import { type ReactNode, useEffect, useRef } from 'react';

let focusPending = false;

/** Called by the router after a move to another page: that page's heading takes the focus once shown. */
export function requestHeadingFocus(): void {
  focusPending = true;
}

/**
 * A page's main heading. After a navigation the focus moves to it, so a
 * keyboard or screen-reader user starts reading the new page at its top
 * instead of staying on a link that is gone. A page that loads first takes
 * the focus when its heading appears.
 */
export function PageHeading({
  children,
  id,
  className,
}: {
  children: ReactNode;
  id?: string;
  className?: string;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!focusPending || !heading.current) return;
    focusPending = false;
    heading.current.focus({ preventScroll: false });
  });
  return (
    <h1 ref={heading} tabIndex={-1} id={id} className={className}>
      {children}
    </h1>
  );
}
