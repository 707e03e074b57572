import { Icon } from '../ui/Icon.tsx';
import { RoleBadge } from '../ui/RoleBadge.tsx';
import { Avatar } from './Avatar.tsx';
import type { Presence } from './collectPresence.ts';
import { describeWhereAbouts } from './describeWhereAbouts.ts';
import type { Facilitation } from './Facilitation.ts';
import { LazyPersonActions } from './LazyPersonActions.ts';
import './presence.css';

interface Props {
  readonly presence: Presence;
  /** who leads after a hand-over, so everyone can see it */
  readonly leadId?: string | null;
  /** for facilitators: what they can do about each other person */
  readonly facilitation?: Facilitation;
}

/** Everyone taking part, with where they are in the meeting, and how many people are watching. */
export function PresenceBar({ presence, leadId = null, facilitation }: Props) {
  const { people, observerCount, watching } = presence;
  return (
    <section className="presence" aria-labelledby="presence-heading">
      <h2 id="presence-heading" className="visually-hidden">
        Who's here
      </h2>
      <ul className="presence__people" aria-label="People in the meeting">
        {people.map((person) => {
          const whereAbouts = describeWhereAbouts(person);
          return (
            <li
              key={person.user.id}
              className="person"
              title={`${person.user.name} · ${whereAbouts}`}
              data-focused={person.focus ? 'true' : undefined}
            >
              <Avatar name={person.user.name} color={person.user.color} />
              <span className="person__text">
                <span className="person__name">
                  {person.user.name}
                  {person.isSelf && <span className="person__you"> (you)</span>}
                </span>
                <span className="person__where">{whereAbouts}</span>
              </span>
              <RoleBadge role={person.user.role} />
              {person.user.id === leadId && (
                <span className="person__lead">
                  <Icon name="crown" />
                  Leads
                </span>
              )}
              {facilitation && !person.isSelf && <LazyPersonActions person={person} facilitation={facilitation} />}
            </li>
          );
        })}
      </ul>
      {observerCount > 0 && (
        <p className="presence__observers">
          <Icon name="eye" />
          {observerCount === 1 ? '1 observer watching' : `${observerCount} observers watching`}
          {watching && ', including you'}
        </p>
      )}
    </section>
  );
}
