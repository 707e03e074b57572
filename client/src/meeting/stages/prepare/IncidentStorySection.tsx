import {
  getIncidentFactText,
  INCIDENT_FACT_TEXTS,
  type IncidentFactText,
  incidentFactTextLabels,
} from '@debrief/shared';
import type * as Y from 'yjs';
import { CoachedTextArea } from '../../../coach/CoachedTextArea.tsx';
import { EditingAvatars } from '../../../incident/EditingAvatars.tsx';
import type { Person } from '../../../presence/collectPresence.ts';
import { fieldPresence } from './fieldPresence.ts';
import { PrepareSection } from './PrepareSection.tsx';

interface Props {
  readonly doc: Y.Doc;
  readonly readOnly: boolean;
  readonly people: readonly Person[];
  readonly onFocusChange: (label: string | null, focusId?: string | null) => void;
}

const copy: Record<IncidentFactText, { focus: string; hint: string; placeholder: string }> = {
  howWeBecameAware: {
    focus: 'How we became aware',
    hint: 'An alert, a customer report, someone noticing? What did we see first, and what did we see next?',
    placeholder: 'e.g. The checkout error-rate alert fired at 14:09 and paged the on-call engineer.',
  },
  impact: {
    focus: 'Impact',
    hint: 'Numbers help: how many customers, orders or requests, and from when to when.',
    placeholder: 'e.g. About 1,900 customers could not pay for 38 minutes; 240 orders were lost.',
  },
  howItWasSolved: {
    focus: 'How it was solved',
    hint: 'What stopped the impact, what fixed it for good, and when.',
    placeholder: 'e.g. Restarting the API pods at 14:41 made the pool reconnect to the new primary.',
  },
};

/** How we became aware, the impact, and how it was solved: three texts everyone types into together. */
export function IncidentStorySection({ doc, readOnly, people, onFocusChange }: Props) {
  return (
    <PrepareSection
      id="prepare-story"
      title="What happened"
      hint="Facts first, in plain words. Describe what people saw and did and what the systems did, not who is to blame."
    >
      {INCIDENT_FACT_TEXTS.map((field) => {
        const text = getIncidentFactText(doc, field);
        const id = `prepare-fact-${field}`;
        const presence = fieldPresence(people, onFocusChange, readOnly, copy[field].focus, `incident-fact:${field}`);
        return (
          <div key={field} className="field story-field">
            <div className="story-field__label-row">
              <label className="field-label" htmlFor={id}>
                {incidentFactTextLabels[field]}
              </label>
              <EditingAvatars editors={presence.editors} />
            </div>
            {!readOnly && (
              <p id={`${id}-hint`} className="field-hint">
                {copy[field].hint}
              </p>
            )}
            {text ? (
              <CoachedTextArea
                hintKey={`incident-fact:${field}`}
                id={id}
                text={text}
                rows={3}
                readOnly={readOnly}
                aria-describedby={readOnly ? undefined : `${id}-hint`}
                placeholder={readOnly ? 'Nothing written yet.' : copy[field].placeholder}
                onFocus={presence.onFocus}
                onBlur={presence.onBlur}
              />
            ) : (
              <textarea id={id} className="collab-textarea" rows={3} readOnly placeholder="Connecting…" />
            )}
          </div>
        );
      })}
    </PrepareSection>
  );
}
