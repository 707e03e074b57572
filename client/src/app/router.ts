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
  return decodeMeetingId(/^\/m\/([^/]+)\/?$/.exec(path)?.[1]);
}

/** The meeting id in a `/m/<id>/links` path, the page that hands out a new meeting's links. */
export function readMeetingLinksId(path: string): string | null {
  return decodeMeetingId(/^\/m\/([^/]+)\/links\/?$/.exec(path)?.[1]);
}

/** The path of a meeting link, with its token after `#`. */
export function meetingPath(meetingId: string, token: string): string {
  return `/m/${encodeURIComponent(meetingId)}#${token}`;
}

/** The page where whoever started a meeting finds its links. */
export function meetingLinksPath(meetingId: string, token: string): string {
  return `/m/${encodeURIComponent(meetingId)}/links#${token}`;
}

function decodeMeetingId(part: string | undefined): string | null {
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

/** Goes to `to` in this tab; `replace` leaves no step behind for the back button. */
export function navigate(to: string, { replace = false }: { replace?: boolean } = {}): void {
  if (replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new PopStateEvent('popstate'));
}
