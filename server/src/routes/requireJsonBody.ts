import type { MiddlewareHandler } from 'hono';

/**
 * Bodies of the API are JSON and nothing else: a `text/plain` or form post, which any web page can send to another
 * site without asking, is refused before a handler runs.
 */
export const requireJsonBody: MiddlewareHandler = async (c, next) => {
  if (c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.method === 'OPTIONS') return next();
  const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  const length = c.req.header('content-length');
  const hasBody = type !== '' || (length !== undefined && length !== '0') || c.req.header('transfer-encoding');
  if (!hasBody || type === 'application/json') return next();
  return c.json({ error: 'The body must be JSON, sent with "Content-Type: application/json"' }, 415);
};
