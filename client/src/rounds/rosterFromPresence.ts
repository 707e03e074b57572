import type { Presence } from '../presence/collectPresence.ts';
import type { RosterPerson } from './splitRoster.ts';

/** The people in the room (never observers) as roster entries. */
export function rosterFromPresence(presence: Presence): RosterPerson[] {
  return presence.people.map((person) => ({
    id: person.user.id,
    name: person.user.name,
    color: person.user.color,
    isSelf: person.isSelf,
  }));
}
