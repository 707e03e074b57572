import { type CheckIn, MOODS } from '@debrief/shared';
import { participantColor } from '../../../identity/participantColor.ts';
import { Avatar } from '../../../presence/Avatar.tsx';
import { MoodFace } from '../../../rounds/MoodFace.tsx';
import { Icon } from '../../../ui/Icon.tsx';

interface Props {
  readonly checkIn: CheckIn;
  readonly isSelf: boolean;
  /** true when this is the person's own card, shown from the server while the others see only a placeholder */
  readonly heldForOthers: boolean;
}

/** One person's check-in: who, their mood in a face and a word, and their note (or that it is hidden, or a pass). */
export function CheckInCard({ checkIn, isSelf, heldForOthers }: Props) {
  const mood = checkIn.mood === null ? null : MOODS.find((m) => m.value === checkIn.mood);
  return (
    <li className="round-card" data-state={checkIn.hidden ? 'hidden' : checkIn.passed ? 'passed' : 'shared'}>
      <div className="round-card__head">
        <Avatar name={checkIn.name} color={participantColor(checkIn.participantId)} />
        <span className="round-card__name">
          {checkIn.name}
          {isSelf && <span className="muted"> (you)</span>}
        </span>
        {mood && (
          <span className={`mood-badge mood-badge--${mood.value}`}>
            <MoodFace value={mood.value} />
            <span className="visually-hidden">Mood:</span> {mood.label}
          </span>
        )}
      </div>
      {checkIn.hidden ? (
        <p className="round-card__note round-card__note--quiet">
          <Icon name="lock" />
          Checked in — hidden until the facilitator reveals
        </p>
      ) : checkIn.passed ? (
        <p className="round-card__note round-card__note--quiet">Passed</p>
      ) : checkIn.note ? (
        <p className="round-card__note">{checkIn.note}</p>
      ) : (
        <p className="round-card__note round-card__note--quiet">Shared a mood, no words needed</p>
      )}
      {heldForOthers && (
        <p className="round-card__private">
          <Icon name="eye" />
          Only you can see this until the facilitator reveals the cards.
        </p>
      )}
    </li>
  );
}
