/**
 * Who has joined each meeting. The first browser to join with a participant id claims it with its secret key
 * (stored as `hashPersonalKey`); from then on only that browser can act as that person, for instance as a
 * facilitator they were promoted to. Participant ids are visible to everyone in the room; the key is not.
 */
export interface ParticipantStore {
  /**
   * Claims `participantId` for `keyHash` if nobody has yet. Resolves `true` when the id is now this key's
   * (just claimed, or claimed before with the same key), `false` when another key holds it.
   */
  claim(meetingId: string, participantId: string, keyHash: string): Promise<boolean>;
  /** Whether anybody has joined the meeting with this participant id. */
  hasJoined(meetingId: string, participantId: string): Promise<boolean>;
}
