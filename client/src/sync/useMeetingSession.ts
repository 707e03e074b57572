import { useEffect, useState } from 'react';
import { type GetMeetingSessionResult, getMeetingSession, type MeetingSession } from '../api/getMeetingSession.ts';

export type MeetingSessionState =
  | { status: 'loading' }
  | { status: 'malformed' }
  | { status: 'ready'; session: MeetingSession }
  | { status: 'failed'; reason: 'unauthorized' | 'not-found' | 'unavailable'; message: string };

const MEETING_ID = /^[A-Za-z0-9_-]{8,64}$/;
const MIN_TOKEN_LENGTH = 16;

let prefetched: { key: string; result: Promise<GetMeetingSessionResult> } | null = null;

/** Whether a link's meeting id and token could be real; the server decides whether they are. */
export function isPlausibleMeetingLink(meetingId: string, token: string): boolean {
  return MEETING_ID.test(meetingId) && token.length >= MIN_TOKEN_LENGTH;
}

/** Asks the server before React renders; the first `useMeetingSession` for the same link takes the answer. */
export function prefetchMeetingSession(meetingId: string, token: string): void {
  if (!isPlausibleMeetingLink(meetingId, token)) return;
  prefetched = { key: `${meetingId}#${token}`, result: getMeetingSession(meetingId, token) };
}

function takePrefetchedSession(meetingId: string, token: string): Promise<GetMeetingSessionResult> | null {
  if (prefetched?.key !== `${meetingId}#${token}`) return null;
  const { result } = prefetched;
  prefetched = null;
  return result;
}

/** Asks the server what the link's token opens, and as whom. A link without a plausible id or token is malformed. */
export function useMeetingSession(meetingId: string, token: string): MeetingSessionState {
  const [state, setState] = useState<MeetingSessionState>({ status: 'loading' });
  const malformed = !isPlausibleMeetingLink(meetingId, token);

  useEffect(() => {
    if (malformed) return;
    let current = true;
    setState({ status: 'loading' });
    // A retry asks again: only the first request may come from the prefetch.
    (takePrefetchedSession(meetingId, token) ?? getMeetingSession(meetingId, token)).then((result) => {
      if (!current) return;
      setState(
        result.ok
          ? { status: 'ready', session: result.session }
          : { status: 'failed', reason: result.reason, message: result.message },
      );
    });
    return () => {
      current = false;
    };
  }, [meetingId, token, malformed]);

  return malformed ? { status: 'malformed' } : state;
}
