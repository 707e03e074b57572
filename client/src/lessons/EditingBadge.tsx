import { Avatar } from '../presence/Avatar.tsx';
import type { Person } from '../presence/collectPresence.ts';

/** "Ana is typing": the other people whose cursor is in this item right now. */
export function EditingBadge({ people }: { people: readonly Person[] }) {
  if (people.length === 0) return null;
  const names = people.map((person) => person.user.name);
  const text =
    names.length === 1
      ? `${names[0]} is typing`
      : names.length === 2
        ? `${names[0]} and ${names[1]} are typing`
        : `${names[0]} and ${names.length - 1} others are typing`;
  return (
    <span className="lessons-editing">
      <span className="lessons-editing__avatars">
        {people.slice(0, 3).map((person) => (
          <Avatar key={person.user.id} name={person.user.name} color={person.user.color} />
        ))}
      </span>
      {text}
    </span>
  );
}
