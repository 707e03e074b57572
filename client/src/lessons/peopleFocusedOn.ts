import type { Person, Presence } from '../presence/collectPresence.ts';

/** The other people whose cursor is in the item `focusId` names, such as 'lesson-card:<id>'. */
export function peopleFocusedOn(presence: Presence, focusId: string): Person[] {
  return presence.people.filter((person) => !person.isSelf && person.focusId === focusId);
}
