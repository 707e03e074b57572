import {
  INCIDENT_MOMENTS,
  type IncidentFacts,
  type IncidentMoment,
  incidentMomentLabels,
  type KeyMoments,
  setIncidentTime,
  utcToZonedWallTime,
} from '@debrief/shared';
import type * as Y from 'yjs';
import { EditingAvatars } from '../../../incident/EditingAvatars.tsx';
import { KeyMomentsStrip } from '../../../incident/KeyMomentsStrip.tsx';
import { ZonedDateTimeInput } from '../../../incident/ZonedDateTimeInput.tsx';
import type { Person } from '../../../presence/collectPresence.ts';
import { fieldPresence } from './fieldPresence.ts';
import { PrepareSection } from './PrepareSection.tsx';

interface Props {
  readonly doc: Y.Doc;
  readonly facts: IncidentFacts;
  readonly keyMoments: KeyMoments;
  readonly browserZone: string;
  readonly readOnly: boolean;
  readonly people: readonly Person[];
  readonly onFocusChange: (label: string | null, focusId?: string | null) => void;
}

const hints: Record<IncidentMoment, string> = {
  started: 'When the problem began, even if nobody knew yet.',
  detected: 'When a person or an alert first noticed.',
  mitigated: 'When the impact stopped or was contained.',
  resolved: 'When it was fully fixed and the incident closed.',
};

const shortNames: Record<IncidentMoment, string> = {
  started: 'Started',
  detected: 'Detected',
  mitigated: 'Mitigated',
  resolved: 'Resolved',
};

/** When the incident started, was detected, mitigated and resolved, each in its own zone, and the time between. */
export function IncidentTimesSection({ doc, facts, keyMoments, browserZone, readOnly, people, onFocusChange }: Props) {
  const recorded = INCIDENT_MOMENTS.map((moment) => facts[moment]).filter((value) => value !== null);
  const zone = recorded[0]?.timeZone ?? browserZone;

  return (
    <PrepareSection
      id="prepare-times"
      title="When it happened"
      hint="Each time is kept with its time zone, so people in other zones read it right, and an incident over midnight adds up."
    >
      <div className="moments-grid">
        {INCIDENT_MOMENTS.map((moment, index) => {
          // A new time starts on the day of the moment before it, which is usually the same day.
          const earlier = INCIDENT_MOMENTS.slice(0, index)
            .map((name) => facts[name])
            .filter((value) => value !== null)
            .at(-1);
          const fallbackDate = earlier ? (utcToZonedWallTime(earlier.at, zone)?.date ?? '') : '';
          const presence = fieldPresence(
            people,
            onFocusChange,
            readOnly,
            `${shortNames[moment]} time`,
            `incident-time:${moment}`,
          );
          return (
            <ZonedDateTimeInput
              key={moment}
              id={`prepare-${moment}`}
              label={incidentMomentLabels[moment]}
              hint={hints[moment]}
              value={facts[moment]}
              browserZone={browserZone}
              fallbackZone={zone}
              fallbackDate={fallbackDate}
              readOnly={readOnly}
              onCommit={(value) => setIncidentTime(doc, moment, value)}
              aside={<EditingAvatars editors={presence.editors} />}
              onFocus={presence.onFocus}
              onBlur={presence.onBlur}
            />
          );
        })}
      </div>
      <KeyMomentsStrip
        moments={keyMoments}
        missingHint={readOnly ? 'Not recorded yet' : 'Set above, or mark an event'}
      />
    </PrepareSection>
  );
}
