import { getLessonSummaryText } from '@debrief/shared';
import type * as Y from 'yjs';
import { CoachedTextArea } from '../../../coach/CoachedTextArea.tsx';
import { EditingBadge } from '../../../lessons/EditingBadge.tsx';
import { peopleFocusedOn } from '../../../lessons/peopleFocusedOn.ts';
import type { Presence } from '../../../presence/collectPresence.ts';

export const SUMMARY_LABEL = 'Why it went wrong';
const SUMMARY_FOCUS_ID = 'lesson-summary';

interface Props {
  readonly doc: Y.Doc;
  readonly readOnly: boolean;
  readonly presence: Presence;
  readonly onFocusChange: (label: string | null, focusId?: string | null) => void;
}

/** The summary everyone writes together, at the top of the stage, with who is typing in it. */
export function SummaryEditor({ doc, readOnly, presence, onFocusChange }: Props) {
  return (
    <div className="lessons-summary">
      <div className="lessons-summary__header">
        <label id="lesson-summary-label" className="lessons-summary__label" htmlFor="lesson-summary">
          {SUMMARY_LABEL}
        </label>
        <EditingBadge people={peopleFocusedOn(presence, SUMMARY_FOCUS_ID)} />
      </div>
      <p id="lesson-summary-hint" className="lessons-summary__hint">
        {readOnly
          ? 'The summary the team wrote together.'
          : 'A few sentences, written together: which conditions and gaps in our process let this happen. Describe the system, not the people.'}
      </p>
      <CoachedTextArea
        hintKey="lesson-summary"
        id="lesson-summary"
        text={getLessonSummaryText(doc)}
        rows={4}
        readOnly={readOnly}
        aria-describedby="lesson-summary-hint"
        placeholder={
          readOnly
            ? 'Nobody has written the summary yet.'
            : 'e.g. A routine database failover left the checkout service talking to the old primary, because…'
        }
        onFocus={() => onFocusChange(readOnly ? null : SUMMARY_LABEL, SUMMARY_FOCUS_ID)}
        onBlur={() => onFocusChange(null)}
      />
    </div>
  );
}
