import type { Context } from 'hono';

/**
 * The answer to a body over its limit. The rest of the body is never read, so the connection cannot carry another
 * request: it closes, and the client's next request opens a fresh one instead of failing on a broken one.
 */
export function tooLarge(c: Context, limit: string) {
  c.header('Connection', 'close');
  return c.json({ error: `The request body is over ${limit}` }, 413);
}
