import type { MiddlewareHandler } from 'hono';

const bodyMethods = new Set(['POST', 'PUT', 'PATCH']);
const bodilessMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Bodies of the API are JSON and nothing else: a `text/plain` or form post, which any web page can send to another
 * site without asking, is refused before a handler runs. Every API write has a body, so POST, PUT and PATCH must
 * always say JSON; other methods only when they carry a body.
 */
export const requireJsonBody: MiddlewareHandler = async (c, next) => {
  if (bodilessMethods.has(c.req.method)) return next();
  const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  const length = c.req.header('content-length');
  const hasBody = type !== '' || (length !== undefined && length !== '0') || c.req.header('transfer-encoding');
  if (type === 'application/json' || (!hasBody && !bodyMethods.has(c.req.method))) return next();
  return c.json({ error: 'The body must be JSON, sent with "Content-Type: application/json"' }, 415);
};
