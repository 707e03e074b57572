import { useEffect, useState } from 'react';
import type { PersonalRequester } from '../../../api/callPersonalEndpoint.ts';
import { fetchMyCheckOut, type MyCheckOut } from './checkOutApi.ts';

/**
 * The rating this person gave, which only the server knows (the document holds the ratings added up). It is
 * fetched once they have checked out, so that changing the check-out starts from what they answered.
 */
export function useMyCheckOut(
  requester: PersonalRequester,
  checkedOutAt: number | null,
): [MyCheckOut | null, (mine: MyCheckOut) => void] {
  const [mine, setMine] = useState<MyCheckOut | null>(null);
  const { meetingId, token, participantId } = requester;
  const known = mine !== null;

  useEffect(() => {
    if (checkedOutAt === null || known) return;
    let current = true;
    void fetchMyCheckOut({ meetingId, token, participantId }).then((result) => {
      if (current && result.ok) setMine(result.mine);
    });
    return () => {
      current = false;
    };
  }, [meetingId, token, participantId, checkedOutAt, known]);

  return [mine, setMine];
}
