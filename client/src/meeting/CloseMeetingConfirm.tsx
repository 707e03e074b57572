import { type Stage, stageLabels } from '@debrief/shared';
import { useEffect, useRef } from 'react';
import { Icon } from '../ui/Icon.tsx';

interface Props {
  readonly id: string;
  /** the meeting's stage now: closing before check-out's end skips the stages after it */
  readonly stage: Stage;
  readonly lastStage: boolean;
  readonly busy: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/** Asks once, in place, before the meeting is closed for everyone. Escape or Cancel keeps it open. */
export function CloseMeetingConfirm({ id, stage, lastStage, busy, onConfirm, onCancel }: Props) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    cancelRef.current?.focus();
  }, []);

  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset is for form fields; this is a question with two answers.
    <div
      id={id}
      className="close-confirm"
      role="group"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onCancel();
      }}
    >
      <p id={`${id}-title`} className="close-confirm__title">
        <Icon name="lock" />
        Close the meeting?
      </p>
      <div id={`${id}-text`} className="close-confirm__text">
        <p>
          It becomes a read-only record for everyone: people can read, print and download it, but nobody can change it
          until a facilitator reopens it.
        </p>
        {!lastStage && (
          <p>
            The meeting is in {stageLabels[stage]} now; the stages after it are skipped. To go through them, use Next
            instead.
          </p>
        )}
      </div>
      <div className="close-confirm__buttons">
        <button type="button" className="button button--primary" disabled={busy} onClick={onConfirm}>
          Confirm
        </button>
        <button ref={cancelRef} type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
