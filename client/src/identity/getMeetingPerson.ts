import { derivePresenceKey, type MeetingPerson, participantIdFromPresenceKey } from '@debrief/shared';
import { getPersonalKey } from './getPersonalKey.ts';

const people = new Map<string, MeetingPerson>();

/**
 * Who this browser is in a meeting: a participant id and the presence key that proves it, both derived from the
 * personal key, so they are known at once (the session request says the same) and differ in every meeting.
 */
export function getMeetingPerson(meetingId: string): MeetingPerson {
  let person = people.get(meetingId);
  if (!person) {
    const presenceKey = derivePresenceKey(meetingId, getPersonalKey());
    person = { participantId: participantIdFromPresenceKey(presenceKey), presenceKey };
    people.set(meetingId, person);
  }
  return person;
}
