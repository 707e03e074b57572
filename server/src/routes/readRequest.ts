import { PersonalHeader } from '@debrief/shared';
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

export interface PersonalHeaders {
  readonly participantId: string | null;
  /** The person's secret key, which proves that private things (votes, a held check-in) are theirs. */
  readonly voterKey: string | null;
}

export function readPersonalHeaders(c: Context): PersonalHeaders {
  return {
    participantId: c.req.header(PersonalHeader.participantId) ?? null,
    voterKey: c.req.header(PersonalHeader.voterKey) ?? null,
  };
}
