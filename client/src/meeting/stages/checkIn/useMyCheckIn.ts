import type { CheckIn } from '@debrief/shared';
import { useEffect, useState } from 'react';
import { type CheckInRequester, fetchMyCheckIn } from './checkInApi.ts';
import type { CheckInReply } from './readCheckInReply.ts';

/**
 * This person's own check-in as the server last told it. While cards are hidden, the document has only a
 * placeholder for it, so the text is fetched from the server whenever the placeholder changes.
 */
export function useMyCheckIn(
  requester: CheckInRequester,
  placeholder: CheckIn | undefined,
): [CheckInReply | null, (reply: CheckInReply) => void] {
  const [mine, setMine] = useState<CheckInReply | null>(null);
  const { meetingId, token, participantId } = requester;
  const heldAt = placeholder?.hidden ? placeholder.at : null;

  useEffect(() => {
    if (heldAt === null) return;
    let current = true;
    void fetchMyCheckIn({ meetingId, token, participantId }).then((result) => {
      if (current && result.ok) setMine(result.reply);
    });
    return () => {
      current = false;
    };
  }, [meetingId, token, participantId, heldAt]);

  return [mine, setMine];
}
