import { LazyAlertFeedPanel } from '../../../incident/timeline/LazyAlertFeedPanel.ts';
import { Timeline } from '../../../incident/timeline/Timeline.tsx';
import { useImportedEvents } from '../../../incident/useImportedEvents.ts';
import { useIncidentTimeline } from '../../../incident/useIncidentTimeline.ts';
import type { StageProps } from '../StageProps.ts';
import { IncidentBasicsSection } from './IncidentBasicsSection.tsx';
import { IncidentEvidenceSection } from './IncidentEvidenceSection.tsx';
import { IncidentStorySection } from './IncidentStorySection.tsx';
import { IncidentTimesSection } from './IncidentTimesSection.tsx';
import { MeetingScheduleSection } from './MeetingScheduleSection.tsx';
import { PrepareSection } from './PrepareSection.tsx';
import '../../../incident/incident.css';
import './prepare.css';

/** Collect the facts while they are fresh, draft the timeline, and schedule and announce the meeting. */
export function PrepareStage(props: StageProps) {
  const { doc, controlDoc, meetingId, token, role, readOnly, actor, presence, onFocusChange, links } = props;
  const incident = useIncidentTimeline(doc);
  const imported = useImportedEvents(controlDoc);
  const people = presence.people;
  const actorId = actor.participantId ?? 'someone';

  return (
    <div className="incident-stage prepare">
      <IncidentBasicsSection
        doc={doc}
        facts={incident.facts}
        readOnly={readOnly}
        people={people}
        onFocusChange={onFocusChange}
      />
      <IncidentTimesSection
        doc={doc}
        facts={incident.facts}
        keyMoments={incident.keyMoments}
        browserZone={incident.browserZone}
        readOnly={readOnly}
        people={people}
        onFocusChange={onFocusChange}
      />
      <IncidentStorySection doc={doc} readOnly={readOnly} people={people} onFocusChange={onFocusChange} />
      <IncidentEvidenceSection doc={doc} evidence={incident.evidence} readOnly={readOnly} addedBy={actorId} />
      <PrepareSection
        id="prepare-timeline"
        title="Timeline"
        hint="Draft the series of events now; the whole team reviews and completes it in the Timeline stage."
      >
        <Timeline
          doc={doc}
          events={incident.events}
          keyMoments={incident.keyMoments}
          defaults={incident.defaults}
          browserZone={incident.browserZone}
          readOnly={readOnly}
          actorId={actorId}
          actorName={actor.name}
          people={people}
          onFocusChange={onFocusChange}
          idPrefix="prepare"
          addFirst
          imported={imported}
          requester={{ meetingId, token, participantId: actorId }}
        />
        {role === 'facilitator' && !readOnly && (
          <LazyAlertFeedPanel requester={{ meetingId, token, participantId: actorId }} />
        )}
      </PrepareSection>
      <MeetingScheduleSection
        doc={doc}
        meetingId={meetingId}
        facts={incident.facts}
        meta={incident.meta}
        schedule={incident.schedule}
        browserZone={incident.browserZone}
        readOnly={readOnly}
        links={links}
      />
    </div>
  );
}
