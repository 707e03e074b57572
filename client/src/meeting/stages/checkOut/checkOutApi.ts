import { isOneToFive, type MyCheckOutResponse, type WorthRating } from '@debrief/shared';
import { callPersonalEndpoint, type PersonalRequester, postJson } from '../../../api/callPersonalEndpoint.ts';

export interface CheckOutBody {
  readonly name: string;
  readonly note: string;
  readonly worth: WorthRating | null;
}

/** This person's own rating, which only they get back from the server. */
export type MyCheckOut = MyCheckOutResponse;

export type CheckOutResult = { ok: true; mine: MyCheckOut } | { ok: false; message: string };

/** `POST /api/meetings/<id>/check-outs`: the server writes the note, and adds the rating in without a name. */
export function submitCheckOut(requester: PersonalRequester, body: CheckOutBody): Promise<CheckOutResult> {
  return callCheckOuts(requester, '', postJson(body));
}

/** `GET /api/meetings/<id>/check-outs/mine`: the rating this person gave, to show it when they change it. */
export function fetchMyCheckOut(requester: PersonalRequester): Promise<CheckOutResult> {
  return callCheckOuts(requester, '/mine', { method: 'GET', cache: 'no-store' });
}

async function callCheckOuts(requester: PersonalRequester, path: string, init: RequestInit): Promise<CheckOutResult> {
  const result = await callPersonalEndpoint(requester, `check-outs${path}`, init, readMyCheckOut);
  return result.ok ? { ok: true, mine: result.value } : result;
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
