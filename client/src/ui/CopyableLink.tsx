import { useRef } from 'react';
import { Icon } from './Icon.tsx';
import { useCopyToClipboard } from './useCopyToClipboard.ts';

interface Props {
  readonly id: string;
  readonly label: string;
  readonly hint: string;
  readonly link: string;
  /** the class names' stem: `link-row` in the meeting room's panel, `meeting-link` on the new meeting's page */
  readonly block: 'link-row' | 'meeting-link';
}

/** A meeting link to share: labelled, selected whole on focus, with a copy button that says what it did. */
export function CopyableLink({ id, label, hint, link, block }: Props) {
  const inputRef = useRef<HTMLInputElement>(null);
  const { feedback, copy } = useCopyToClipboard(link, inputRef);
  return (
    <div className={block}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <p className="field-hint" id={`${id}-hint`}>
        {hint}
      </p>
      <div className={`${block}__control`}>
        <input
          ref={inputRef}
          id={id}
          className={block === 'link-row' ? 'input input--link' : 'input meeting-link__input'}
          value={link}
          readOnly
          aria-describedby={`${id}-hint`}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="button" onClick={copy} aria-label={`Copy the ${label.toLowerCase()}`}>
          <Icon name={feedback === 'copied' ? 'check' : 'copy'} />
          {feedback === 'copied' ? 'Copied' : 'Copy'}
        </button>
      </div>
      <p className={`${block}__feedback`} aria-live="polite">
        {feedback === 'copied' && `${label} copied`}
        {feedback === 'selected' && 'Selected: press Ctrl+C (or ⌘C) to copy'}
      </p>
    </div>
  );
}
