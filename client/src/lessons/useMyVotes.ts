import type { Ballot } from '@debrief/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { castVote, fetchMyVotes, type LessonsRequester } from './lessonsRequests.ts';

export interface MyVotesState {
  /** this person's votes by card id, as the server last told them; empty until loaded */
  readonly ballot: Ballot;
  readonly loaded: boolean;
  /** the card a vote is on its way for */
  readonly pendingCardId: string | null;
  /** the server's reason for the last refused vote */
  readonly error: string | null;
  vote(cardId: string, delta: 1 | -1): void;
  dismissError(): void;
}

const noVotes: Ballot = {};
const NOT_YET_SYNCED_RETRIES = 4;

/**
 * This person's private ballot. Votes are sent one after another, so two quick clicks cannot race each other
 * for the last vote; the ballot is read again when the window regains focus (another tab may have voted).
 */
export function useMyVotes(requester: LessonsRequester, enabled: boolean): MyVotesState {
  const { meetingId, token, participantId } = requester;
  const [ballot, setBallot] = useState<Ballot>(noVotes);
  const [loaded, setLoaded] = useState(false);
  const [pendingCardId, setPendingCardId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    if (!enabled) return;
    let live = true;
    const load = async () => {
      const result = await fetchMyVotes({ meetingId, token, participantId });
      if (!live) return;
      if (result.ok) {
        setBallot(result.value.cards);
        setLoaded(true);
      }
    };
    void load();
    window.addEventListener('focus', load);
    return () => {
      live = false;
      window.removeEventListener('focus', load);
    };
  }, [enabled, meetingId, token, participantId]);

  const vote = useCallback(
    (cardId: string, delta: 1 | -1) => {
      const send = async () => {
        setPendingCardId(cardId);
        setError(null);
        let result = await castVote({ meetingId, token, participantId }, cardId, delta);
        // A card voted on right after it was written may not have reached the server yet.
        for (let retry = 1; !result.ok && result.status === 404 && retry <= NOT_YET_SYNCED_RETRIES; retry++) {
          await new Promise((resolve) => setTimeout(resolve, 250 * retry));
          result = await castVote({ meetingId, token, participantId }, cardId, delta);
        }
        setPendingCardId(null);
        if (result.ok) {
          setBallot(result.value.cards);
          setLoaded(true);
        } else setError(result.message);
      };
      queue.current = queue.current.then(send, send);
    },
    [meetingId, token, participantId],
  );

  return { ballot, loaded, pendingCardId, error, vote, dismissError: useCallback(() => setError(null), []) };
}
