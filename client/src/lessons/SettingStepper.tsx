import { Icon } from '../ui/Icon.tsx';

interface Props {
  /** names the setting for the output that shows its value */
  readonly id: string;
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  /** what the minus and plus buttons do, for screen readers: "One vote fewer per person" */
  readonly fewer: string;
  readonly more: string;
  readonly disabled: boolean;
  readonly onChange: (value: number) => void;
}

/** A facilitator's number setting: its name, minus, the value, plus. */
export function SettingStepper({ id, label, value, min, max, fewer, more, disabled, onChange }: Props) {
  return (
    <span className="lessons-settings__item">
      <span id={id}>{label}</span>
      <span className="lessons-stepper">
        <button
          type="button"
          className="lessons-stepper__button"
          aria-label={fewer}
          disabled={disabled || value <= min}
          onClick={() => onChange(value - 1)}
        >
          <Icon name="minus" />
        </button>
        <output className="lessons-stepper__value" aria-labelledby={id} aria-live="polite">
          {value}
        </output>
        <button
          type="button"
          className="lessons-stepper__button"
          aria-label={more}
          disabled={disabled || value >= max}
          onClick={() => onChange(value + 1)}
        >
          <Icon name="plus" />
        </button>
      </span>
    </span>
  );
}
