import { type ToggleEvent, useId, useRef } from 'react';
import { Icon } from '../ui/Icon.tsx';
import type { Person } from './collectPresence.ts';
import type { Facilitation } from './Facilitation.ts';

/**
 * A facilitator's options for one person: make them a co-facilitator, or hand the meeting over to them.
 * A native popover, so Escape and a click elsewhere close it and focus goes back to the button.
 */
export function PersonActions({ person, facilitation }: { person: Person; facilitation: Facilitation }) {
  const popoverId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const { id, name, role } = person.user;
  const canAdd = role !== 'facilitator' && facilitation.canAdd(id);
  const canHandOver = facilitation.canHandOver(id);
  if (!canAdd && !canHandOver) return null;

  const place = (event: ToggleEvent<HTMLDivElement>) => {
    if (event.newState !== 'open') return;
    const popover = event.currentTarget;
    const anchor = buttonRef.current?.getBoundingClientRect();
    if (anchor) {
      const width = popover.offsetWidth;
      const left = Math.max(8, Math.min(anchor.right - width, window.innerWidth - width - 8));
      popover.style.left = `${left}px`;
      popover.style.top = `${anchor.bottom + 6}px`;
    }
    popover.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
  };
  const run = (action: (participantId: string) => void) => () => {
    document.getElementById(popoverId)?.hidePopover();
    action(id);
  };

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="person__more"
        popoverTarget={popoverId}
        aria-label={`Facilitation options for ${name}`}
      >
        <Icon name="more" />
      </button>
      <div id={popoverId} popover="auto" className="person-actions" onToggle={place}>
        <p className="person-actions__title">{name}</p>
        {canAdd && (
          <button type="button" className="person-actions__item" onClick={run(facilitation.add)}>
            <Icon name="plus" />
            <span>
              <strong>Make co-facilitator</strong>
              <span>They can run the agenda with you.</span>
            </span>
          </button>
        )}
        {canHandOver && (
          <button type="button" className="person-actions__item" onClick={run(facilitation.handOver)}>
            <Icon name="crown" />
            <span>
              <strong>Hand the meeting over</strong>
              <span>
                {facilitation.handingOverStepsDown
                  ? 'They lead from now on, and you go back to taking part.'
                  : 'They lead from now on; you can still help run it.'}
              </span>
            </span>
          </button>
        )}
      </div>
    </>
  );
}
