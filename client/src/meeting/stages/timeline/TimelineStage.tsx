import { StageWithBoard } from '../../../board/StageWithBoard.tsx';
import { KeyMomentsStrip } from '../../../incident/KeyMomentsStrip.tsx';
import { LazyAlertFeedPanel } from '../../../incident/timeline/LazyAlertFeedPanel.ts';
import { Timeline } from '../../../incident/timeline/Timeline.tsx';
import { useImportedEvents } from '../../../incident/useImportedEvents.ts';
import { useIncidentTimeline } from '../../../incident/useIncidentTimeline.ts';
import '../../../incident/incident.css';
import type { StageProps } from '../StageProps.ts';

/** Everyone on the same page: the key moments at the top, then the events in time order, to review and complete. */
export function TimelineStage(props: StageProps) {
  const { doc, controlDoc, readOnly, actor, presence, onFocusChange, role, meetingId, token } = props;
  const incident = useIncidentTimeline(doc);
  const imported = useImportedEvents(controlDoc);
  return (
    <StageWithBoard stage={props} label="Timeline">
      <div className="incident-stage timeline-stage">
        <KeyMomentsStrip
          moments={incident.keyMoments}
          missingHint={readOnly ? 'Not recorded yet' : 'Set it in Prepare, or mark an event'}
        />
        <Timeline
          doc={doc}
          events={incident.events}
          keyMoments={incident.keyMoments}
          defaults={incident.defaults}
          browserZone={incident.browserZone}
          readOnly={readOnly}
          actorId={actor.participantId ?? 'someone'}
          actorName={actor.name}
          people={presence.people}
          onFocusChange={onFocusChange}
          idPrefix="timeline"
          imported={imported}
          requester={{ meetingId, token, participantId: actor.participantId ?? '' }}
        />
        {role === 'facilitator' && !readOnly && (
          <LazyAlertFeedPanel requester={{ meetingId, token, participantId: actor.participantId ?? '' }} />
        )}
      </div>
    </StageWithBoard>
  );
}
