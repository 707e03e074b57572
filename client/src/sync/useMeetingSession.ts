import { useEffect, useState } from 'react';
import { getMeetingSession, type MeetingSession } from '../api/getMeetingSession.ts';

export type MeetingSessionState =
  | { status: 'loading' }
  | { status: 'malformed' }
  | { status: 'ready'; session: MeetingSession }
  | { status: 'failed'; reason: 'unauthorized' | 'not-found' | 'unavailable'; message: string };

const MEETING_ID = /^[A-Za-z0-9_-]{8,64}$/;
const MIN_TOKEN_LENGTH = 16;

/** Asks the server what the link's token opens, and as whom. A link without a plausible id or token is malformed. */
export function useMeetingSession(meetingId: string, token: string): MeetingSessionState {
  const [state, setState] = useState<MeetingSessionState>({ status: 'loading' });
  const malformed = !MEETING_ID.test(meetingId) || token.length < MIN_TOKEN_LENGTH;

  useEffect(() => {
    if (malformed) return;
    let current = true;
    setState({ status: 'loading' });
    getMeetingSession(meetingId, token).then((result) => {
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
