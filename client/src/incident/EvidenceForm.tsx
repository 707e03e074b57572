import {
  EVIDENCE_KINDS,
  type EvidenceKind,
  evidenceKindLabels,
  type IncidentWriteResult,
  type NewEvidenceLink,
} from '@debrief/shared';
import { type FormEvent, useRef, useState } from 'react';
import { createId } from '../identity/createId.ts';
import { Icon } from '../ui/Icon.tsx';
import { guessEvidenceKind } from './guessEvidenceKind.ts';

interface Props {
  /** Prefix of the fields' ids. */
  readonly id: string;
  /** Writes the link; a refusal's message is shown under the form. */
  readonly onAdd: (link: NewEvidenceLink) => IncidentWriteResult;
  readonly addedBy: string;
  /** Puts the caret in the link field when the form opens. */
  readonly autoFocus?: boolean;
  readonly onCancel?: () => void;
  readonly compact?: boolean;
}

/** Attaches a link with a label and a kind. Only http(s) links are accepted; anything else is refused inline. */
export function EvidenceForm({ id, onAdd, addedBy, autoFocus, onCancel, compact = false }: Props) {
  const [url, setUrl] = useState('');
  const [label, setLabel] = useState('');
  const [kind, setKind] = useState<EvidenceKind>('log');
  const [kindChosen, setKindChosen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const urlRef = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = onAdd({ id: createId(), url, label, kind, addedAt: Date.now(), addedBy });
    if (!result.ok) {
      setError(result.message);
      urlRef.current?.focus();
      return;
    }
    setError(null);
    setUrl('');
    setLabel('');
    setKindChosen(false);
    urlRef.current?.focus();
  };

  const errorId = `${id}-error`;
  return (
    <form className={compact ? 'evidence-form evidence-form--compact' : 'evidence-form'} onSubmit={submit} noValidate>
      <div className="evidence-form__fields">
        <div className="field evidence-form__url">
          <label className="field-label" htmlFor={`${id}-url`}>
            Link
          </label>
          <input
            ref={urlRef}
            id={`${id}-url`}
            className="input"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            // biome-ignore lint/a11y/noAutofocus: the form opens on request, to type a link straight away
            autoFocus={autoFocus}
            placeholder="https://…"
            value={url}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(event) => {
              const next = event.currentTarget.value;
              setUrl(next);
              setError(null);
              const guess = guessEvidenceKind(next);
              if (!kindChosen && guess) setKind(guess);
            }}
          />
        </div>
        <div className="field evidence-form__label">
          <label className="field-label" htmlFor={`${id}-label`}>
            Label <span className="field-required">(optional)</span>
          </label>
          <input
            id={`${id}-label`}
            className="input"
            type="text"
            placeholder="What it shows"
            value={label}
            onChange={(event) => setLabel(event.currentTarget.value)}
          />
        </div>
        <div className="field evidence-form__kind">
          <label className="field-label" htmlFor={`${id}-kind`}>
            Kind
          </label>
          <select
            id={`${id}-kind`}
            className="input"
            value={kind}
            onChange={(event) => {
              setKind(event.currentTarget.value as EvidenceKind);
              setKindChosen(true);
            }}
          >
            {EVIDENCE_KINDS.map((option) => (
              <option key={option} value={option}>
                {evidenceKindLabels[option]}
              </option>
            ))}
          </select>
        </div>
        <div className="evidence-form__actions">
          <button type="submit" className="button">
            <Icon name="link" />
            Add link
          </button>
          {onCancel && (
            <button type="button" className="button button--ghost" onClick={onCancel}>
              Cancel
            </button>
          )}
        </div>
      </div>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          <Icon name="alert" />
          {error}
        </p>
      )}
    </form>
  );
}
