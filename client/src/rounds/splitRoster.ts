/** Someone in a round's roster: in the room, or known from their entry. */
export interface RosterPerson {
  readonly id: string;
  readonly name: string;
  readonly color: string;
  readonly isSelf: boolean;
}

/**
 * Splits everyone into who did the round and who has not yet. `present` are the people in the room, `entries` who
 * did the round (present or not); the people who have not are the present ones without an entry.
 */
export function splitRoster(
  present: readonly RosterPerson[],
  entries: readonly { readonly participantId: string; readonly name: string }[],
  colorOf: (participantId: string) => string,
): { done: RosterPerson[]; waiting: RosterPerson[] } {
  const byId = new Map(present.map((person) => [person.id, person]));
  const doneIds = new Set<string>();
  const done: RosterPerson[] = [];
  for (const entry of entries) {
    if (doneIds.has(entry.participantId)) continue;
    doneIds.add(entry.participantId);
    const here = byId.get(entry.participantId);
    done.push(
      here ?? { id: entry.participantId, name: entry.name, color: colorOf(entry.participantId), isSelf: false },
    );
  }
  const waiting = present.filter((person) => !doneIds.has(person.id));
  return { done, waiting };
}
