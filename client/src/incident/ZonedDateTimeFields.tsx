import type { FocusEvent, ReactNode } from 'react';
import { TimeZoneSelect } from './TimeZoneSelect.tsx';
import type { ZonedDraft } from './zonedDraft.ts';

interface Props {
  /** Prefix of the three fields' ids. */
  readonly id: string;
  /** Names the fields for assistive technology: '<name> date', '<name> time', '<name> time zone'. */
  readonly name: string;
  /** The visible legend. */
  readonly legend: ReactNode;
  readonly draft: ZonedDraft;
  readonly browserZone: string;
  readonly onChange: (draft: ZonedDraft) => void;
  readonly invalid?: boolean;
  readonly describedBy?: string;
  /** Shown between the legend and the fields, such as a hint. */
  readonly children?: ReactNode;
  /** Shown under the fields, such as a message and a button. */
  readonly footer?: ReactNode;
  readonly onFocus?: () => void;
  readonly onBlur?: (event: FocusEvent<HTMLFieldSetElement>) => void;
}

/** A date, a time and an IANA time zone, under one legend. */
export function ZonedDateTimeFields({
  id,
  name,
  legend,
  draft,
  browserZone,
  onChange,
  invalid,
  describedBy,
  children,
  footer,
  onFocus,
  onBlur,
}: Props) {
  return (
    <fieldset className="zoned" aria-describedby={describedBy} onFocus={onFocus} onBlur={onBlur}>
      <legend className="field-label zoned__legend">{legend}</legend>
      {children}
      <div className="zoned__inputs">
        <input
          id={`${id}-date`}
          className="input zoned__date"
          type="date"
          value={draft.date}
          aria-label={`${name} date`}
          aria-invalid={invalid || undefined}
          onChange={(event) => onChange({ ...draft, date: event.currentTarget.value })}
        />
        <input
          id={`${id}-time`}
          className="input zoned__time"
          type="time"
          value={draft.time}
          aria-label={`${name} time`}
          aria-invalid={invalid || undefined}
          onChange={(event) => onChange({ ...draft, time: event.currentTarget.value })}
        />
        <TimeZoneSelect
          id={`${id}-zone`}
          value={draft.timeZone}
          browserZone={browserZone}
          aria-label={`${name} time zone`}
          onChange={(timeZone) => onChange({ ...draft, timeZone })}
        />
      </div>
      {footer}
    </fieldset>
  );
}
