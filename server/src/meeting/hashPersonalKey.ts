import { createHash } from 'node:crypto';

/**
 * Who owns a private thing (a ballot, a held check-in): a hash of the meeting, the participant id and the
 * person's secret key, so neither someone using another's id nor a copy of the database can tell who it is.
 */
export function hashPersonalKey(meetingId: string, participantId: string, personalKey: string): string {
  return createHash('sha256').update(`${meetingId}\n${participantId}\n${personalKey}`).digest('hex');
}
