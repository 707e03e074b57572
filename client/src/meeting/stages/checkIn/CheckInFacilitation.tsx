import { useEffect, useState } from 'react';
import { Roster } from '../../../rounds/Roster.tsx';
import type { RosterPerson } from '../../../rounds/splitRoster.ts';
import { Icon } from '../../../ui/Icon.tsx';

interface Props {
  readonly waiting: readonly RosterPerson[];
  readonly checkedInCount: number;
  readonly hidden: boolean;
  /** how many cards are hidden right now */
  readonly hiddenCount: number;
  readonly busy: boolean;
  /** resolves with whether the server took the change */
  readonly onHiddenChange: (hidden: boolean) => Promise<boolean>;
  readonly onReveal: () => void;
}

/** The facilitator's part of the check-in: who is not in yet, keeping cards hidden, and revealing them. */
export function CheckInFacilitation({
  waiting,
  checkedInCount,
  hidden,
  hiddenCount,
  busy,
  onHiddenChange,
  onReveal,
}: Props) {
  const everyoneIn = waiting.length === 0 && checkedInCount > 0;
  // The switch moves at once; the control document confirms it a moment later, or it moves back on a refusal.
  const [wanted, setWanted] = useState<boolean | null>(null);
  useEffect(() => {
    if (wanted === hidden) setWanted(null);
  }, [wanted, hidden]);
  const toggle = async (next: boolean) => {
    setWanted(next);
    if (!(await onHiddenChange(next))) setWanted(null);
  };
  const shownHidden = wanted ?? hidden;
  return (
    <section className="round-facilitation" aria-labelledby="check-in-facilitation-heading">
      <h3 id="check-in-facilitation-heading" className="round-facilitation__title">
        For you as facilitator
      </h3>
      <div className="round-facilitation__grid">
        <Roster
          label="Not checked in yet"
          people={waiting}
          tone="waiting"
          emptyText={
            checkedInCount > 0
              ? 'Everyone in the room has checked in.'
              : 'Nobody else is here yet. Share the participant link to invite people.'
          }
        />
        <div className="round-facilitation__controls">
          <label className="round-switch">
            <input
              type="checkbox"
              role="switch"
              aria-checked={shownHidden}
              className="round-switch__input"
              checked={shownHidden}
              disabled={busy}
              onChange={(event) => void toggle(event.target.checked)}
              aria-describedby="check-in-hidden-hint"
            />
            <span className="round-switch__track" aria-hidden="true" />
            <span className="round-switch__label">Keep cards hidden until everyone is in</span>
          </label>
          <p id="check-in-hidden-hint" className="field-hint">
            {hidden
              ? 'Everyone sees who has checked in, but not what they wrote. Turning this off reveals every card.'
              : 'So nobody is swayed by the first answers: people see who has checked in, and the words appear when you reveal them.'}
          </p>
          {(hidden || hiddenCount > 0) && (
            <button type="button" className="button button--primary" disabled={busy} onClick={onReveal}>
              <Icon name="eye" />
              Reveal all cards
            </button>
          )}
          {hidden && everyoneIn && (
            <p className="round-facilitation__ready" role="status">
              <Icon name="check" />
              Everyone is in. Reveal the cards when you are ready.
            </p>
          )}
          {hidden && !everyoneIn && hiddenCount > 0 && (
            <p className="field-hint round-facilitation__status">
              {hiddenCount === 1 ? '1 card is hidden.' : `${hiddenCount} cards are hidden.`} You can reveal them at any
              time.
            </p>
          )}
        </div>
      </div>
    </section>
  );
}
