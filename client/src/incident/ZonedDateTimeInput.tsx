import type { IncidentWriteResult, ZonedInstant } from '@debrief/shared';
import { type ReactNode, useState } from 'react';
import { Icon } from '../ui/Icon.tsx';
import { formatZoned } from './formatZoned.ts';
import { useFollowingDraft } from './useFollowingDraft.ts';
import { ZonedDateTimeFields } from './ZonedDateTimeFields.tsx';
import { draftFromInstant, draftShows, readZonedDraft } from './zonedDraft.ts';

interface Props {
  readonly id: string;
  /** The visible label, also naming the three fields ('Started date', 'Started time', 'Started time zone'). */
  readonly label: string;
  readonly value: ZonedInstant | null;
  readonly browserZone: string;
  readonly readOnly: boolean;
  /** Saves a complete moment, or null when cleared; a refusal's message is shown under the fields. */
  readonly onCommit: (value: ZonedInstant | null) => IncidentWriteResult;
  /** Offered while there is no value: the zone (and date) the other moments were recorded in. */
  readonly fallbackZone?: string;
  readonly fallbackDate?: string;
  readonly hint?: string;
  /** Shown beside the label: who else is editing it. */
  readonly aside?: ReactNode;
  readonly onFocus?: () => void;
  readonly onBlur?: () => void;
}

/**
 * A moment people record together: a date, a time and its zone. It is saved as soon as it is complete, so the
 * others see it at once, and follows their changes while this person is not in it.
 */
export function ZonedDateTimeInput({
  id,
  label,
  value,
  browserZone,
  readOnly,
  onCommit,
  fallbackZone,
  fallbackDate = '',
  hint,
  aside,
  onFocus,
  onBlur,
}: Props) {
  const zone = fallbackZone ?? browserZone;
  const valueKey = value ? `${value.at}|${value.timeZone}` : `none|${zone}|${fallbackDate}`;
  const { draft, setDraft, editing, dirty, focusProps } = useFollowingDraft(valueKey, () =>
    draftFromInstant(value, zone, fallbackDate),
  );
  const [writeError, setWriteError] = useState<string | null>(null);

  if (readOnly) {
    return (
      <div className="zoned zoned--read-only">
        <span className="field-label zoned__legend">{label}</span>
        <p className={value ? 'zoned__value' : 'zoned__value zoned__value--empty'}>
          {value ? formatZoned(value.at, value.timeZone, 'full') : 'Not recorded yet'}
        </p>
      </div>
    );
  }

  const reading = readZonedDraft(draft);
  const problem =
    writeError ??
    (!editing && dirty && (reading.state === 'incomplete' || reading.state === 'invalid') ? reading.message : null);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = problem ? `${id}-error` : undefined;

  const change = (next: typeof draft) => {
    setDraft(next);
    const nextReading = readZonedDraft(next);
    if (nextReading.state !== 'complete' || draftShows(next, value)) {
      setWriteError(null);
      return;
    }
    const result = onCommit(nextReading.value);
    setWriteError(result.ok ? null : result.message);
  };

  const clear = () => {
    const result = onCommit(null);
    setWriteError(result.ok ? null : result.message);
    if (result.ok) setDraft({ date: '', time: '', timeZone: draft.timeZone });
  };

  return (
    <ZonedDateTimeFields
      id={id}
      name={label}
      legend={
        <span className="zoned__legend-row">
          {label}
          <span className="zoned__legend-end">
            {aside}
            {value && (
              <button
                type="button"
                className="zoned__clear"
                onClick={clear}
                aria-label={`Clear ${label.toLowerCase()}`}
              >
                Clear
              </button>
            )}
          </span>
        </span>
      }
      draft={draft}
      browserZone={browserZone}
      onChange={change}
      invalid={problem !== null}
      describedBy={[hintId, errorId].filter(Boolean).join(' ') || undefined}
      onFocus={() => {
        focusProps.onFocus();
        onFocus?.();
      }}
      onBlur={(event) => {
        focusProps.onBlur(event);
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onBlur?.();
      }}
      footer={
        problem && (
          <p id={errorId} className="field-error" role="alert">
            <Icon name="alert" />
            {problem}
          </p>
        )
      }
    >
      {hint && (
        <p id={hintId} className="field-hint zoned__hint">
          {hint}
        </p>
      )}
    </ZonedDateTimeFields>
  );
}
