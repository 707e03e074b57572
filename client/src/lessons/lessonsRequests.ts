import type { LessonCard, LessonPrompt, MyVotes } from '@debrief/shared';
import { NETWORK_ERROR_MESSAGE, readApiError } from '../api/readApiError.ts';
import { personalHeaders } from '../identity/getPersonalKey.ts';
import { readMyVotes } from './readMyVotes.ts';

/** Who is asking: the link's token for the meeting, and the participant id that keys their private ballot. */
export interface LessonsRequester {
  readonly meetingId: string;
  readonly token: string;
  readonly participantId: string;
}

export type RequestResult<T> = { ok: true; value: T } | { ok: false; message: string; status?: number };

const UNREADABLE = 'The server sent a reply we did not understand.';

/**
 * `POST /cards`: the server inserts the card, so no Yjs client id in the document ties it to this browser.
 * Only the text and prompt leave this browser; the name never does.
 */
export async function postAnonymousCard(
  requester: LessonsRequester,
  card: { readonly prompt: LessonPrompt; readonly text: string },
): Promise<RequestResult<LessonCard>> {
  const reply = await request(requester, 'POST', '/cards', { prompt: card.prompt, text: card.text, anonymous: true });
  if (!reply.ok) return reply;
  const posted = (reply.value as { card?: LessonCard } | null)?.card;
  return posted && typeof posted.id === 'string' ? { ok: true, value: posted } : { ok: false, message: UNREADABLE };
}

/** `POST /votes`: adds (+1) or takes back (-1) one of this person's votes; replies with their ballot. */
export async function castVote(
  requester: LessonsRequester,
  cardId: string,
  delta: 1 | -1,
): Promise<RequestResult<MyVotes>> {
  const reply = await request(requester, 'POST', '/votes', { cardId, delta }, personalHeaders(requester.participantId));
  if (!reply.ok) return reply;
  const mine = readMyVotes((reply.value as { mine?: unknown } | null)?.mine);
  return mine ? { ok: true, value: mine } : { ok: false, message: UNREADABLE };
}

/** `GET /votes/mine`: this person's ballot, which only they (with their personal key) can read. */
export async function fetchMyVotes(requester: LessonsRequester): Promise<RequestResult<MyVotes>> {
  const reply = await request(requester, 'GET', '/votes/mine', undefined, personalHeaders(requester.participantId));
  if (!reply.ok) return reply;
  const mine = readMyVotes(reply.value);
  return mine ? { ok: true, value: mine } : { ok: false, message: UNREADABLE };
}

async function request(
  requester: LessonsRequester,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<RequestResult<unknown>> {
  let response: Response;
  try {
    response = await fetch(`/api/meetings/${encodeURIComponent(requester.meetingId)}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${requester.token}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return { ok: false, message: NETWORK_ERROR_MESSAGE };
  }
  if (!response.ok) return { ok: false, message: await readApiError(response), status: response.status };
  return { ok: true, value: await response.json().catch(() => null) };
}
