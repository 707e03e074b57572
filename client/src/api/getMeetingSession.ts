import { type MeetingSessionResponse, parseMeetingSessionResponse } from '@debrief/shared';
import { getPersonalKey } from '../identity/getPersonalKey.ts';
import { NETWORK_ERROR_MESSAGE, readApiError } from './readApiError.ts';
import { rebaseLinks } from './rebaseLinks.ts';
import { readRememberedSession, rememberSession } from './sessionCopy.ts';

/** What a link opens, and as whom: the server's reply, with the links on the address this page was opened at. */
export type MeetingSession = MeetingSessionResponse;

export type GetMeetingSessionResult =
  | { ok: true; session: MeetingSession }
  | { ok: false; reason: 'unauthorized' | 'not-found' | 'unavailable'; message: string };

declare global {
  interface Window {
    /** The session request index.html sends for a meeting link before the app's code has loaded. */
    __debriefEarlySession?: { meetingId: string; token: string; response: Promise<Response | null> };
  }
}

/** The request index.html already sent for this link, once: a retry asks again. */
function takeEarlyRequest(meetingId: string, token: string): Promise<Response | null> | null {
  const early = window.__debriefEarlySession;
  if (!early || early.meetingId !== meetingId || early.token !== token) return null;
  window.__debriefEarlySession = undefined;
  return early.response;
}

/** `GET /api/meetings/<id>/session`: what the token in a link opens, and as whom. */
export async function getMeetingSession(meetingId: string, token: string): Promise<GetMeetingSessionResult> {
  const response = await (takeEarlyRequest(meetingId, token) ??
    fetch(`/api/meetings/${encodeURIComponent(meetingId)}/session`, {
      // The personal key says who opens it: the server derives this person's id in the meeting from it.
      headers: { Authorization: `Bearer ${token}`, 'X-Personal-Key': getPersonalKey() },
    }).catch(() => null));
  // The network or the server is down: a link opened here before opens from this browser's copy, and the meeting
  // catches up once the server can be reached.
  const unavailable = async (message: string): Promise<GetMeetingSessionResult> => {
    const kept = readRememberedSession(meetingId, token);
    return kept ? withLinksHere(kept) : { ok: false, reason: 'unavailable', message };
  };
  if (!response) return unavailable(NETWORK_ERROR_MESSAGE);
  if (response.status === 401) return { ok: false, reason: 'unauthorized', message: await readApiError(response) };
  if (response.status === 404) return { ok: false, reason: 'not-found', message: await readApiError(response) };
  if (!response.ok) return unavailable(await readApiError(response));
  const session = parseMeetingSessionResponse(await response.json().catch(() => null));
  if (!session) return { ok: false, reason: 'unavailable', message: 'The server sent a reply we did not understand.' };
  rememberSession(meetingId, token, session);
  return withLinksHere(session);
}

function withLinksHere(session: MeetingSession): GetMeetingSessionResult {
  const links = session.links ? rebaseLinks(session.links, window.location.origin) : undefined;
  return { ok: true, session: { ...session, links } };
}
