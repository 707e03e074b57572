import { ACTION_SIZE_HOURS, ACTION_SIZES, type ActionCost, type ActionSize } from '@debrief/shared';
import { useEffect, useId, useState } from 'react';
import { formatHours } from './formatHours.ts';
import { parseHours } from './parseHours.ts';

interface Props {
  readonly cost: ActionCost | null;
  readonly readOnly: boolean;
  onChange(cost: ActionCost | null): void;
}

const HOURS = 'hours';

/** A quick size (S, M, L, each worth a number of hours) or an estimate in hours. */
export function CostField({ cost, readOnly, onChange }: Props) {
  const [wantsHours, setWantsHours] = useState(false);
  const [draft, setDraft] = useState(cost?.unit === 'hours' ? String(cost.hours) : '');
  const [invalid, setInvalid] = useState(false);
  const selectId = useId();
  const hoursId = useId();
  const errorId = useId();
  const inHours = cost?.unit === 'hours' || wantsHours;
  const value = inHours ? HOURS : cost?.unit === 'size' ? cost.size : '';

  useEffect(() => {
    if (cost?.unit === 'hours') setDraft(String(cost.hours));
  }, [cost]);

  if (readOnly) {
    return (
      <div className="action-field">
        <span className="action-field__label">Estimated cost</span>
        <span className="action-field__value">{describeCost(cost)}</span>
      </div>
    );
  }

  const saveHours = () => {
    if (draft.trim() === '') return;
    const hours = parseHours(draft);
    setInvalid(hours === null);
    if (hours !== null && !(cost?.unit === 'hours' && cost.hours === hours)) onChange({ unit: 'hours', hours });
  };

  return (
    <div className="action-field">
      <label className="action-field__label" htmlFor={selectId}>
        Estimated cost
      </label>
      <div className="action-field__inline">
        <select
          id={selectId}
          className="input input--compact"
          value={value}
          data-empty={value === '' ? 'true' : undefined}
          onChange={(event) => {
            const next = event.target.value;
            setInvalid(false);
            if (next === HOURS) {
              setWantsHours(true);
              return;
            }
            setWantsHours(false);
            onChange(next === '' ? null : { unit: 'size', size: next as ActionSize });
          }}
        >
          <option value="">Not estimated</option>
          {ACTION_SIZES.map((size) => (
            <option key={size} value={size}>
              {size} · about {formatHours(ACTION_SIZE_HOURS[size])}
            </option>
          ))}
          <option value={HOURS}>In hours…</option>
        </select>
        {inHours && (
          <span className="input-group action-field__hours">
            <label className="visually-hidden" htmlFor={hoursId}>
              Hours
            </label>
            <input
              id={hoursId}
              className="input input--compact input--hours"
              inputMode="decimal"
              value={draft}
              placeholder="e.g. 6"
              aria-invalid={invalid ? 'true' : undefined}
              aria-describedby={invalid ? errorId : undefined}
              // biome-ignore lint/a11y/noAutofocus: appears because the person chose to type hours.
              autoFocus={wantsHours && cost?.unit !== 'hours'}
              onChange={(event) => setDraft(event.target.value)}
              onBlur={saveHours}
              onKeyDown={(event) => event.key === 'Enter' && saveHours()}
            />
            <span className="input-group__unit">h</span>
          </span>
        )}
      </div>
      {invalid && (
        <p id={errorId} className="action-field__error">
          Give a number of hours above 0, such as 6.
        </p>
      )}
    </div>
  );
}

export function describeCost(cost: ActionCost | null): string {
  if (cost === null) return 'Not estimated';
  if (cost.unit === 'hours') return formatHours(cost.hours);
  return `${cost.size} · about ${formatHours(ACTION_SIZE_HOURS[cost.size])}`;
}
