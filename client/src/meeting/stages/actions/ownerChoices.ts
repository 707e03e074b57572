import type { ActionOwner } from '@debrief/shared';

export interface OwnerChoice {
  /** stable value for a select: who the owner is, whatever they are called */
  readonly key: string;
  readonly label: string;
  readonly owner: ActionOwner;
}

interface KnownPerson {
  readonly id: string;
  readonly name: string;
}

export function ownerKey(owner: ActionOwner): string {
  return owner.kind === 'participant'
    ? `participant:${owner.participantId}`
    : `named:${owner.name.trim().toLocaleLowerCase()}`;
}

/**
 * Who can own an action: this person first, then everyone in the room and everyone who wrote a lesson card,
 * by name, each once; and the current owner even if they have left or were typed in by name.
 */
export function ownerChoices(input: {
  readonly self: KnownPerson;
  readonly inRoom: readonly KnownPerson[];
  readonly authors: readonly KnownPerson[];
  readonly current: ActionOwner | null;
}): OwnerChoice[] {
  const { self, inRoom, authors, current } = input;
  const byKey = new Map<string, OwnerChoice>();
  const add = (owner: ActionOwner, label: string) => {
    const key = ownerKey(owner);
    if (!byKey.has(key) && owner.name.trim() !== '') byKey.set(key, { key, label, owner });
  };

  const others = [...inRoom, ...authors]
    .filter((person) => person.id !== self.id)
    .sort((a, b) => a.name.localeCompare(b.name));
  add({ kind: 'participant', participantId: self.id, name: self.name }, `${self.name} (you)`);
  for (const person of others) add({ kind: 'participant', participantId: person.id, name: person.name }, person.name);
  if (current) add(current, current.name);
  return [...byKey.values()];
}
