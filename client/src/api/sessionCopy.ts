import { type MeetingSessionResponse, parseMeetingSessionResponse } from '@debrief/shared';
import { readStorage, writeStorage } from '../identity/browserStorage.ts';

const key = (meetingId: string) => `debrief:session:${meetingId}`;

/** Keeps the server's last answer about a link, so the meeting can open from this browser's copy while offline. */
export function rememberSession(meetingId: string, token: string, session: MeetingSessionResponse): void {
  writeStorage(key(meetingId), JSON.stringify({ token, session }));
}

/** The last answer kept for this very link (the same token), or null. */
export function readRememberedSession(meetingId: string, token: string): MeetingSessionResponse | null {
  try {
    const kept = JSON.parse(readStorage(key(meetingId)) ?? 'null') as { token?: unknown; session?: unknown } | null;
    return kept?.token === token ? parseMeetingSessionResponse(kept.session) : null;
  } catch {
    return null;
  }
}
