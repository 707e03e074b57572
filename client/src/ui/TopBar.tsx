import type { ReactNode } from 'react';

/** The bar at the top of every page: the brand, which leads home, and whatever the page adds on the right. */
export function TopBar({ children }: { children?: ReactNode }) {
  return (
    <header className="topbar">
      <a className="brand" href="/">
        <span className="brand__mark" aria-hidden="true">
          D
        </span>{' '}
        Debrief
      </a>
      {children && <div className="topbar__end">{children}</div>}
    </header>
  );
}
