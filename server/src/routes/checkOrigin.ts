import type { MiddlewareHandler } from 'hono';

/**
 * Guards the websocket upgrade. A browser always says which page opens a socket (`Origin`), and a page of another
 * site must not open one with a link it has picked up: only the server's own origin and `ALLOWED_ORIGINS` may.
 * Clients that are not browsers send no `Origin` and are let through. An address that cannot be decoded is a 400.
 */
export function checkSyncRequest(allowedOrigins: readonly string[]): MiddlewareHandler {
  const allowed = new Set(allowedOrigins.map(normaliseOrigin));
  return async (c, next) => {
    const raw = c.req.path.slice('/sync/'.length);
    // A name that decodes but names no meeting is answered on the socket, with 4404, as the contract says.
    try {
      decodeURIComponent(raw);
    } catch {
      return c.json({ error: 'The document name in this address cannot be read' }, 400);
    }
    const origin = c.req.header('origin');
    if (origin !== undefined && !isSameHost(origin, c.req.header('host')) && !allowed.has(normaliseOrigin(origin))) {
      return c.json(
        { error: 'This origin may not connect; the server’s ALLOWED_ORIGINS setting lists the others' },
        403,
      );
    }
    return next();
  };
}

/** Whether the page's origin names the host and port the request was sent to, whatever the scheme (a TLS proxy). */
export function isSameHost(origin: string, host: string | undefined): boolean {
  if (!host) return false;
  try {
    const page = new URL(origin);
    const target = new URL(`${page.protocol}//${host}`);
    return page.host !== '' && page.host === target.host;
  } catch {
    return false;
  }
}

function normaliseOrigin(origin: string): string {
  try {
    return new URL(origin).origin.toLowerCase();
  } catch {
    return origin.trim().toLowerCase();
  }
}
