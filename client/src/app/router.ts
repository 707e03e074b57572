import { useEffect, useState } from 'react';

/** Current path, updated on back/forward and on `navigate`. */
export function usePath(): string {
  const [path, setPath] = useState(() => window.location.pathname);
  useEffect(() => {
    const onChange = () => setPath(window.location.pathname);
    window.addEventListener('popstate', onChange);
    return () => window.removeEventListener('popstate', onChange);
  }, []);
  return path;
}

/** The part of the address after `#`, without the `#`; meeting links carry their token there. */
export function useHash(): string {
  const [hash, setHash] = useState(readHash);
  useEffect(() => {
    const onChange = () => setHash(readHash());
    window.addEventListener('hashchange', onChange);
    window.addEventListener('popstate', onChange);
    return () => {
      window.removeEventListener('hashchange', onChange);
      window.removeEventListener('popstate', onChange);
    };
  }, []);
  return hash;
}

/** The meeting id in a `/m/<id>` path, or null for any other page. */
export function readMeetingId(path: string): string | null {
  const part = /^\/m\/([^/]+)\/?$/.exec(path)?.[1];
  if (!part) return null;
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

export function readHash(): string {
  return window.location.hash.replace(/^#/, '');
}

export function navigate(to: string): void {
  window.history.pushState(null, '', to);
  window.dispatchEvent(new PopStateEvent('popstate'));
}
