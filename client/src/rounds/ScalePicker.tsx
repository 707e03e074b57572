import { type ReactNode, useId } from 'react';

export interface ScaleOption<V extends number> {
  readonly value: V;
  readonly label: string;
  /** a decorative picture beside the word */
  readonly icon?: ReactNode;
}

interface Props<V extends number> {
  /** the question, read out as the group's name */
  readonly legend: string;
  /** e.g. "optional", shown beside the question */
  readonly legendNote?: string;
  readonly options: readonly ScaleOption<V>[];
  readonly value: V | null;
  readonly onChange: (value: V | null) => void;
  readonly disabled?: boolean;
  /** whether the answer can be taken back (an optional question) */
  readonly clearable?: boolean;
}

/** A 1–5 scale as a radio group of words (and pictures), never bare numbers. Arrow keys move between answers. */
export function ScalePicker<V extends number>({
  legend,
  legendNote,
  options,
  value,
  onChange,
  disabled = false,
  clearable = false,
}: Props<V>) {
  const name = useId();
  return (
    <fieldset className="scale-picker" disabled={disabled}>
      <legend className="field-label scale-picker__legend">
        {legend}
        {legendNote && <span className="field-required"> ({legendNote})</span>}
      </legend>
      <div className="scale-picker__options" data-words-only={options.some((o) => o.icon) ? undefined : 'true'}>
        {options.map((option) => (
          <label key={option.value} className="scale-picker__option" data-has-icon={option.icon ? 'true' : undefined}>
            <input
              type="radio"
              className="scale-picker__input"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            {option.icon && (
              <span className="scale-picker__icon" aria-hidden="true">
                {option.icon}
              </span>
            )}
            <span className="scale-picker__label">{option.label}</span>
          </label>
        ))}
      </div>
      {clearable && value !== null && (
        <button
          type="button"
          className="button button--small button--ghost scale-picker__clear"
          onClick={() => onChange(null)}
        >
          Clear my answer
        </button>
      )}
    </fieldset>
  );
}
