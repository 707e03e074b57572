import { Avatar } from '../presence/Avatar.tsx';
import type { RosterPerson } from './splitRoster.ts';

interface Props {
  readonly label: string;
  readonly people: readonly RosterPerson[];
  readonly emptyText: string;
  readonly tone?: 'done' | 'waiting';
}

/** A short list of people, with their avatars: who did a round, or who has not yet. */
export function Roster({ label, people, emptyText, tone = 'done' }: Props) {
  return (
    <div className={`roster roster--${tone}`}>
      <h4 className="roster__label">
        {label} <span className="roster__count">{people.length}</span>
      </h4>
      {people.length === 0 ? (
        <p className="roster__empty">{emptyText}</p>
      ) : (
        <ul className="roster__list" aria-label={label}>
          {people.map((person) => (
            <li key={person.id} className="roster__person">
              <Avatar name={person.name} color={person.color} />
              <span className="roster__name">
                {person.name}
                {person.isSelf && <span className="muted"> (you)</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
