import { useEffect, useRef, useState } from 'react';
import { Icon } from '../ui/Icon.tsx';

interface Props {
  /** names the button for screen readers, e.g. "Delete card: The runbook had no failover step" */
  readonly label: string;
  readonly question: string;
  readonly onConfirm: () => void;
}

/** A small delete button that asks once, in place, before anything is removed for everyone. */
export function ConfirmDelete({ label, question, onConfirm }: Props) {
  const [asking, setAsking] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) keepRef.current?.focus();
    else if (wasAsking.current) deleteRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button
        ref={deleteRef}
        type="button"
        className="lessons-icon-button lessons-icon-button--danger"
        aria-label={label}
        title={label}
        onClick={() => setAsking(true)}
      >
        <Icon name="trash" />
      </button>
    );
  }
  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset would bring a legend and border into a one-line prompt.
    <span className="lessons-confirm" role="group" aria-label={question}>
      <span className="lessons-confirm__question">{question}</span>
      <button
        ref={keepRef}
        type="button"
        className="button button--small button--ghost"
        onClick={() => setAsking(false)}
        onKeyDown={(event) => event.key === 'Escape' && setAsking(false)}
      >
        Keep
      </button>
      <button type="button" className="button button--small lessons-button--danger" onClick={onConfirm}>
        Delete
      </button>
    </span>
  );
}
