import type { Context } from 'hono';

/** The link token from `Authorization: Bearer <token>`, or null. */
export function readBearerToken(c: Context): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '');
  return match?.[1] ?? null;
}

/** The JSON body, or undefined when there is none or it is not JSON; the parsers then name what is wrong. */
export async function readJsonBody(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    return undefined;
  }
}
