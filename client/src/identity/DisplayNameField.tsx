import { MAX_DISPLAY_NAME_LENGTH } from './displayNameStore.ts';

interface Props {
  readonly id: string;
  readonly value: string;
  readonly onChange: (name: string) => void;
  /** when the name is the only thing the page asks for */
  readonly autoFocus?: boolean;
}

/** "Your name", as everyone in the meeting will see it. */
export function DisplayNameField({ id, value, onChange, autoFocus = false }: Props) {
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        Your name
      </label>
      <input
        id={id}
        className="input"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        required
        maxLength={MAX_DISPLAY_NAME_LENGTH}
        autoComplete="name"
        // biome-ignore lint/a11y/noAutofocus: only where the name is the one thing the page asks for
        autoFocus={autoFocus}
      />
      <p className="field-hint">Shown to everyone in the meeting. We remember it in this browser for next time.</p>
    </div>
  );
}
