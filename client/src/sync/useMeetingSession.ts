import { useEffect, useRef, useState } from 'react';
import { type GetMeetingSessionResult, getMeetingSession, type MeetingSession } from '../api/getMeetingSession.ts';

export type MeetingSessionState =
  | { status: 'loading' }
  | { status: 'malformed' }
  | { status: 'ready'; session: MeetingSession }
  | { status: 'failed'; reason: 'unauthorized' | 'not-found' | 'unavailable'; message: string };

const MEETING_ID = /^[A-Za-z0-9_-]{8,64}$/;
const MIN_TOKEN_LENGTH = 16;

interface PrefetchedSession {
  readonly key: string;
  readonly result: Promise<GetMeetingSessionResult>;
  /** The answer once it is in, so that the room can render with it at once instead of after a loading screen. */
  settled: GetMeetingSessionResult | null;
}

let prefetched: PrefetchedSession | null = null;

/** Whether a link's meeting id and token could be real; the server decides whether they are. */
export function isPlausibleMeetingLink(meetingId: string, token: string): boolean {
  return MEETING_ID.test(meetingId) && token.length >= MIN_TOKEN_LENGTH;
}

/** Asks the server before React renders; the first `useMeetingSession` for the same link takes the answer. */
export function prefetchMeetingSession(meetingId: string, token: string): void {
  if (!isPlausibleMeetingLink(meetingId, token)) return;
  const entry: PrefetchedSession = {
    key: `${meetingId}#${token}`,
    result: getMeetingSession(meetingId, token),
    settled: null,
  };
  entry.result.then((result) => {
    entry.settled = result;
  });
  prefetched = entry;
}

/** The prefetched answer for this link if it is already in; `takePrefetchedSession` then takes it. */
function settledSession(meetingId: string, token: string): GetMeetingSessionResult | null {
  return prefetched?.key === `${meetingId}#${token}` ? prefetched.settled : null;
}

function stateOf(result: GetMeetingSessionResult): MeetingSessionState {
  return result.ok
    ? { status: 'ready', session: result.session }
    : { status: 'failed', reason: result.reason, message: result.message };
}

function takePrefetchedSession(meetingId: string, token: string): Promise<GetMeetingSessionResult> | null {
  if (prefetched?.key !== `${meetingId}#${token}`) return null;
  const { result } = prefetched;
  prefetched = null;
  return result;
}

/** Asks the server what the link's token opens, and as whom. A link without a plausible id or token is malformed. */
export function useMeetingSession(meetingId: string, token: string): MeetingSessionState {
  const malformed = !isPlausibleMeetingLink(meetingId, token);
  const [state, setState] = useState<MeetingSessionState>(() => {
    const settled = malformed ? null : settledSession(meetingId, token);
    return settled ? stateOf(settled) : { status: 'loading' };
  });
  // The link whose answer the first render already had: its effect only takes the prefetch, asking nothing.
  const answeredAtFirst = useRef(state.status === 'loading' ? null : `${meetingId}#${token}`);

  useEffect(() => {
    if (malformed) return;
    if (answeredAtFirst.current === `${meetingId}#${token}`) {
      takePrefetchedSession(meetingId, token);
      return;
    }
    let current = true;
    setState({ status: 'loading' });
    // A retry asks again: only the first request may come from the prefetch.
    (takePrefetchedSession(meetingId, token) ?? getMeetingSession(meetingId, token)).then((result) => {
      if (current) setState(stateOf(result));
    });
    return () => {
      current = false;
    };
  }, [meetingId, token, malformed]);

  return malformed ? { status: 'malformed' } : state;
}
