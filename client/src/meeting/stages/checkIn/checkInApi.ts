import type { MoodValue } from '@debrief/shared';
import { NETWORK_ERROR_MESSAGE, readApiError } from '../../../api/readApiError.ts';
import { personalHeaders } from '../../../identity/getPersonalKey.ts';
import { type CheckInReply, readCheckInReply } from './readCheckInReply.ts';

export interface CheckInRequester {
  readonly meetingId: string;
  readonly token: string;
  readonly participantId: string;
}

export interface CheckInBody {
  readonly name: string;
  readonly note: string | null;
  readonly mood: MoodValue | null;
  readonly passed: boolean;
}

export type CheckInResult = { ok: true; reply: CheckInReply } | { ok: false; message: string };

const UNREADABLE = 'The server sent a reply we did not understand. Try again in a moment.';

/** `POST /api/meetings/<id>/check-ins`: the server writes the card, or holds its text while cards are hidden. */
export function submitCheckIn(requester: CheckInRequester, body: CheckInBody): Promise<CheckInResult> {
  return callCheckIns(requester, '', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** `GET /api/meetings/<id>/check-ins/mine`: this person's own card, including its text while it is held. */
export function fetchMyCheckIn(requester: CheckInRequester): Promise<CheckInResult> {
  return callCheckIns(requester, '/mine', { method: 'GET', cache: 'no-store' });
}

async function callCheckIns(requester: CheckInRequester, path: string, init: RequestInit): Promise<CheckInResult> {
  let response: Response;
  try {
    response = await fetch(`/api/meetings/${encodeURIComponent(requester.meetingId)}/check-ins${path}`, {
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
  const reply = readCheckInReply(await response.json().catch(() => null));
  return reply ? { ok: true, reply } : { ok: false, message: UNREADABLE };
}
