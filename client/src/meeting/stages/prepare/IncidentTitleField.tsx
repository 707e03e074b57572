import { setMeetingTitle } from '@debrief/shared';
import { useState } from 'react';
import type * as Y from 'yjs';
import { useFollowingDraft } from '../../../incident/useFollowingDraft.ts';
import { Icon } from '../../../ui/Icon.tsx';

interface Props {
  readonly doc: Y.Doc;
  readonly title: string;
  readonly onFocus: () => void;
  readonly onBlur: () => void;
}

/** The incident's title, saved when the person leaves the field or presses Enter. */
export function IncidentTitleField({ doc, title, onFocus, onBlur }: Props) {
  const { draft, setDraft, focusProps } = useFollowingDraft(title, () => title);
  const [error, setError] = useState<string | null>(null);

  const save = () => {
    if (draft.trim() === title) return;
    const result = setMeetingTitle(doc, draft);
    setError(result.ok ? null : result.message);
  };

  return (
    <div className="field">
      <label className="field-label" htmlFor="prepare-title">
        Title
      </label>
      <input
        id="prepare-title"
        className="input"
        type="text"
        value={draft}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'prepare-title-error' : undefined}
        onChange={(event) => {
          setDraft(event.currentTarget.value);
          setError(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') save();
          if (event.key === 'Escape') setDraft(title);
        }}
        onFocus={() => {
          focusProps.onFocus();
          onFocus();
        }}
        onBlur={(event) => {
          save();
          focusProps.onBlur(event);
          onBlur();
        }}
      />
      {error && (
        <p id="prepare-title-error" className="field-error" role="alert">
          <Icon name="alert" />
          {error}
        </p>
      )}
    </div>
  );
}
