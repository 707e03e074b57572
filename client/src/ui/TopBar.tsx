import type { ReactNode } from 'react';

/**
 * The bar at the top of every page: the brand, which leads home, and on the right whatever the page adds, or on
 * pages outside a meeting, the way to the library and the open actions.
 */
export function TopBar({ children }: { children?: ReactNode }) {
  const path = window.location.pathname;
  return (
    <header className="topbar">
      <a className="brand" href="/">
        <span className="brand__mark" aria-hidden="true">
          D
        </span>{' '}
        Debrief
      </a>
      {children ? (
        <div className="topbar__end">{children}</div>
      ) : (
        <nav className="topbar__end topbar__nav" aria-label="Debrief">
          <a href="/library" aria-current={path === '/library' ? 'page' : undefined}>
            Library
          </a>
          <a href="/actions" aria-current={path === '/actions' ? 'page' : undefined}>
            Open actions
          </a>
        </nav>
      )}
    </header>
  );
}
