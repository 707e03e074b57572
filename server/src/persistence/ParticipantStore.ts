/**
 * Who has joined each meeting. A participant id is derived from the person's secret key (see `personalKeys`), so
 * it proves itself and nothing about it needs keeping but that the person joined. Ids from before that were chosen
 * by the browser and claimed with a hash of its key; those claims are still honoured, and no new ones are made.
 */
export interface ParticipantStore {
  /** Records that the person with this (derived) id has joined the meeting. */
  recordJoin(meetingId: string, participantId: string): Promise<void>;
  /** Whether `participantId` is an id claimed before ids were derived, by the key this hash comes from. */
  isLegacyClaim(meetingId: string, participantId: string, keyHash: string): Promise<boolean>;
  /** Whether anybody has joined the meeting with this participant id. */
  hasJoined(meetingId: string, participantId: string): Promise<boolean>;
}
