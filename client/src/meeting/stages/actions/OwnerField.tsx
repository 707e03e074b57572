import { type Action, type ActionOwner, MAX_OWNER_NAME_LENGTH } from '@debrief/shared';
import { type FormEvent, useId, useState } from 'react';
import { type OwnerChoice, ownerKey } from './ownerChoices.ts';

interface Props {
  readonly action: Action;
  readonly choices: readonly OwnerChoice[];
  readonly readOnly: boolean;
  onChange(owner: ActionOwner | null): void;
}

const SOMEONE_ELSE = '__someone-else';

/** Exactly one owner: someone from the meeting, or a name typed in for someone who was not there. */
export function OwnerField({ action, choices, readOnly, onChange }: Props) {
  const [typing, setTyping] = useState(false);
  const [name, setName] = useState('');
  const selectId = useId();
  const nameId = useId();
  const value = typing ? SOMEONE_ELSE : action.owner ? ownerKey(action.owner) : '';

  if (readOnly) {
    return (
      <div className="action-field">
        <span className="action-field__label">Owner</span>
        <span className="action-field__value">{action.owner?.name ?? 'No owner'}</span>
      </div>
    );
  }

  const saveName = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '') return;
    onChange({ kind: 'named', name: trimmed });
    setTyping(false);
    setName('');
  };

  return (
    <div className="action-field">
      <label className="action-field__label" htmlFor={selectId}>
        Owner
      </label>
      <select
        id={selectId}
        className="input input--compact"
        value={value}
        data-empty={value === '' ? 'true' : undefined}
        onChange={(event) => {
          const next = event.target.value;
          if (next === SOMEONE_ELSE) {
            setTyping(true);
            return;
          }
          setTyping(false);
          onChange(choices.find((choice) => choice.key === next)?.owner ?? null);
        }}
      >
        <option value="">No owner yet</option>
        {choices.map((choice) => (
          <option key={choice.key} value={choice.key}>
            {choice.label}
          </option>
        ))}
        <option value={SOMEONE_ELSE}>Someone not in the room…</option>
      </select>
      {typing && (
        <form className="action-field__inline" onSubmit={saveName}>
          <label className="visually-hidden" htmlFor={nameId}>
            Owner’s name
          </label>
          <input
            id={nameId}
            className="input input--compact"
            value={name}
            maxLength={MAX_OWNER_NAME_LENGTH}
            placeholder="Their name"
            // biome-ignore lint/a11y/noAutofocus: the person just chose to type a name; the field appears for it.
            autoFocus
            onChange={(event) => setName(event.target.value)}
            onKeyDown={(event) => event.key === 'Escape' && setTyping(false)}
          />
          <button type="submit" className="button button--small" disabled={name.trim() === ''}>
            Set owner
          </button>
        </form>
      )}
    </div>
  );
}
