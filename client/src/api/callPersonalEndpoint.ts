import { personalHeaders } from '../identity/getPersonalKey.ts';
import { NETWORK_ERROR_MESSAGE, readApiError } from './readApiError.ts';

/** Who asks: the meeting, the link's token, and the participant id that their secret key goes with. */
export interface PersonalRequester {
  readonly meetingId: string;
  readonly token: string;
  readonly participantId: string;
}

export type PersonalResult<T> = { ok: true; value: T } | { ok: false; message: string };

const UNREADABLE = 'The server sent a reply we did not understand. Try again in a moment.';

/**
 * Calls `/api/meetings/<id>/<path>` as this person (link token, participant id and secret key), and reads the
 * reply with `read`, which returns null for a reply it does not understand. Failures come back as a message.
 */
export async function callPersonalEndpoint<T>(
  requester: PersonalRequester,
  path: string,
  init: RequestInit,
  read: (body: unknown) => T | null,
): Promise<PersonalResult<T>> {
  let response: Response;
  try {
    response = await fetch(`/api/meetings/${encodeURIComponent(requester.meetingId)}/${path}`, {
      ...init,
      headers: {
        ...init.headers,
        Authorization: `Bearer ${requester.token}`,
        ...personalHeaders(requester.participantId),
      },
    });
  } catch {
    return { ok: false, message: NETWORK_ERROR_MESSAGE };
  }
  if (!response.ok) return { ok: false, message: await readApiError(response) };
  const value = read(await response.json().catch(() => null));
  return value === null ? { ok: false, message: UNREADABLE } : { ok: true, value };
}

/** A JSON body to POST. */
export function postJson(body: unknown): RequestInit {
  return { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
}
