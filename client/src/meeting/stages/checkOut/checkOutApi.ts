import { isOneToFive, type WorthRating } from '@debrief/shared';
import { NETWORK_ERROR_MESSAGE, readApiError } from '../../../api/readApiError.ts';
import { personalHeaders } from '../../../identity/getPersonalKey.ts';
import type { CheckInRequester } from '../checkIn/checkInApi.ts';

export interface CheckOutBody {
  readonly name: string;
  readonly note: string;
  readonly worth: WorthRating | null;
}

/** This person's own rating, which only they get back from the server. */
export interface MyCheckOut {
  readonly worth: WorthRating | null;
}

export type CheckOutResult = { ok: true; mine: MyCheckOut } | { ok: false; message: string };

const UNREADABLE = 'The server sent a reply we did not understand. Try again in a moment.';

/** `POST /api/meetings/<id>/check-outs`: the server writes the note, and adds the rating in without a name. */
export function submitCheckOut(requester: CheckInRequester, body: CheckOutBody): Promise<CheckOutResult> {
  return callCheckOuts(requester, '', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** `GET /api/meetings/<id>/check-outs/mine`: the rating this person gave, to show it when they change it. */
export function fetchMyCheckOut(requester: CheckInRequester): Promise<CheckOutResult> {
  return callCheckOuts(requester, '/mine', { method: 'GET', cache: 'no-store' });
}

async function callCheckOuts(requester: CheckInRequester, path: string, init: RequestInit): Promise<CheckOutResult> {
  let response: Response;
  try {
    response = await fetch(`/api/meetings/${encodeURIComponent(requester.meetingId)}/check-outs${path}`, {
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
  const mine = readMyCheckOut(await response.json().catch(() => null));
  return mine ? { ok: true, mine } : { ok: false, message: UNREADABLE };
}

/** Reads `{worth}` or `{mine: {worth}}`; null when the reply has neither. */
export function readMyCheckOut(body: unknown): MyCheckOut | null {
  if (typeof body !== 'object' || body === null) return null;
  const source = 'mine' in body ? (body as { mine: unknown }).mine : body;
  if (typeof source !== 'object' || source === null || !('worth' in source)) return null;
  const { worth } = source as { worth: unknown };
  if (worth === null) return { worth: null };
  return isOneToFive(worth) ? { worth } : null;
}
