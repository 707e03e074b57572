import { createHash } from 'node:crypto';
import { derivePresenceKey, participantIdFromPresenceKey } from '@debrief/shared';

/**
 * What a person's secret key (kept in their browser, sent as `X-Personal-Key`) stands for in one meeting. Each
 * value comes from the key by its own one-way hash, so knowing one never gives another: the participant id that
 * everyone in the room sees cannot be turned into the ballot or the rating, and a copy of the database, which
 * keeps ballots and ratings but never a key, cannot join a vote or a rating to a person.
 */
export interface PersonalKeys {
  /** The person's id in this meeting, derived from the presence key: nobody can take someone else's id. */
  readonly participantId: string;
  /** Proves the participant id on the websocket (`?person=&proof=`); it gives nothing else. */
  readonly presenceKey: string;
  /** Names this person's ballot in the vote store. */
  readonly ballotId: string;
  /** Names this person's check-out rating in the rating store. */
  readonly ratingId: string;
  /** Names this person's claim of an id from before ids were derived (see the participant store). */
  readonly legacyClaimHash: (participantId: string) => string;
}

export function derivePersonalKeys(meetingId: string, personalKey: string): PersonalKeys {
  const presenceKey = derivePresenceKey(meetingId, personalKey);
  return {
    participantId: participantIdFromPresenceKey(presenceKey),
    presenceKey,
    ballotId: hash('ballot', meetingId, personalKey),
    ratingId: hash('rating', meetingId, personalKey),
    legacyClaimHash: (participantId) =>
      createHash('sha256').update(`${meetingId}\n${participantId}\n${personalKey}`).digest('hex'),
  };
}

function hash(...parts: string[]): string {
  return createHash('sha256')
    .update(['debrief', ...parts].join('\0'))
    .digest('base64url');
}
