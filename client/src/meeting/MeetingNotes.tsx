import { getNotesText } from '@debrief/shared';
import type * as Y from 'yjs';
import { CollaborativeTextArea } from '../editing/CollaborativeTextArea.tsx';
import { Icon } from '../ui/Icon.tsx';

export const MEETING_NOTES_LABEL = 'Meeting notes';

interface Props {
  readonly doc: Y.Doc;
  readonly readOnly: boolean;
  readonly readOnlyReason: string;
  /** tells the others which field this person is editing */
  readonly onFocusChange: (field: string | null) => void;
}

/** The notes everyone in the meeting writes together, on every stage. */
export function MeetingNotes({ doc, readOnly, readOnlyReason, onFocusChange }: Props) {
  return (
    <div className="meeting-notes">
      <div className="meeting-notes__header">
        <label className="field-label" htmlFor="meeting-notes">
          {MEETING_NOTES_LABEL}
        </label>
        {readOnly && (
          <span className="badge badge--muted">
            <Icon name="lock" />
            Read only
          </span>
        )}
      </div>
      <p id="meeting-notes-hint" className="field-hint">
        {readOnly ? readOnlyReason : 'Everyone types here together, live. Stick to what happened, not who did it.'}
      </p>
      <CollaborativeTextArea
        id="meeting-notes"
        text={getNotesText(doc)}
        readOnly={readOnly}
        rows={12}
        aria-describedby="meeting-notes-hint"
        placeholder={readOnly ? '' : 'What do we know so far? Times, symptoms, what people noticed…'}
        onFocus={() => onFocusChange(readOnly ? null : MEETING_NOTES_LABEL)}
        onBlur={() => onFocusChange(null)}
      />
    </div>
  );
}
