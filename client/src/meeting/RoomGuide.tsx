import type { Role } from '@debrief/shared';

/** A short "how this works" for people who do not run the meeting. */
export function RoomGuide({ role }: { role: Role }) {
  return (
    <section className="card room-guide" aria-labelledby="room-guide-heading">
      <h2 id="room-guide-heading" className="card__title card__title--small">
        {role === 'observer' ? 'You are watching' : 'How this works'}
      </h2>
      <ul className="room-guide__list">
        {role === 'observer' ? (
          <li>
            You see the meeting live as the team writes it, except what people say at check-in and check-out, which
            stays with them. Nothing you do here changes the meeting.
          </li>
        ) : (
          <li>Write in the meeting notes together; everyone sees changes as they are typed.</li>
        )}
        <li>The facilitator moves the meeting from stage to stage, and your screen follows.</li>
        <li>Click any stage above to look at it. “Return to the current stage” brings you back.</li>
        <li>This meeting is blameless: we look for what in our process let it happen, not for who to blame.</li>
      </ul>
    </section>
  );
}
