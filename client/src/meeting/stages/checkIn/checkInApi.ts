import type { MoodValue } from '@debrief/shared';
import { callPersonalEndpoint, type PersonalRequester, postJson } from '../../../api/callPersonalEndpoint.ts';
import { type CheckInReply, readCheckInReply } from './readCheckInReply.ts';

export type CheckInRequester = PersonalRequester;

export interface CheckInBody {
  readonly name: string;
  readonly note: string | null;
  readonly mood: MoodValue | null;
  readonly passed: boolean;
}

export type CheckInResult = { ok: true; reply: CheckInReply } | { ok: false; message: string };

/** `POST /api/meetings/<id>/check-ins`: the server writes the card, or holds its text while cards are hidden. */
export function submitCheckIn(requester: CheckInRequester, body: CheckInBody): Promise<CheckInResult> {
  return callCheckIns(requester, '', postJson(body));
}

/** `GET /api/meetings/<id>/check-ins/mine`: this person's own card, including its text while it is held. */
export function fetchMyCheckIn(requester: CheckInRequester): Promise<CheckInResult> {
  return callCheckIns(requester, '/mine', { method: 'GET', cache: 'no-store' });
}

async function callCheckIns(requester: CheckInRequester, path: string, init: RequestInit): Promise<CheckInResult> {
  const result = await callPersonalEndpoint(requester, `check-ins${path}`, init, readCheckInReply);
  return result.ok ? { ok: true, reply: result.value } : result;
}
