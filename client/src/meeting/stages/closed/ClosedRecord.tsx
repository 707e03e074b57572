import { MIN_RATINGS_TO_SHOW } from '@debrief/shared';
import { useEffect, useState } from 'react';
import { BoardRecordImage } from '../../../board/BoardRecordImage.tsx';
import { PublishPanel } from '../../../library/PublishPanel.tsx';
import { RelatedPostMortems } from '../../../library/RelatedPostMortems.tsx';
import { RatingSummaryPanel } from '../../../rounds/RatingSummaryPanel.tsx';
import { formatDateTime } from '../../../ui/formatDate.ts';
import { SeverityBadge } from '../../../ui/SeverityBadge.tsx';
import { MeetingDownloads } from '../../MeetingDownloads.tsx';
import type { StageProps } from '../StageProps.ts';
import { RecordActions } from './RecordActions.tsx';
import { RecordFacts } from './RecordFacts.tsx';
import { RecordLessons } from './RecordLessons.tsx';
import { RecordParkingLot } from './RecordParkingLot.tsx';
import { RecordPeople } from './RecordPeople.tsx';
import { RecordTimeline } from './RecordTimeline.tsx';
import { readMeetingRecord } from './readMeetingRecord.ts';
import '../../../rounds/rounds.css';
import './record.css';
import { onDocChange } from '../../../sync/onDocChange.ts';

/** The whole post-mortem as a read-only record. Check-in and check-out notes are personal and stay out of it. */
export function ClosedRecord({ doc, controlDoc, rounds, control, meetingId, token, role }: StageProps) {
  const [record, setRecord] = useState(() => readMeetingRecord(doc, controlDoc));
  useEffect(() => {
    const update = () => setRecord(readMeetingRecord(doc, controlDoc));
    update();
    const stops = [onDocChange(doc, update), onDocChange(controlDoc, update)];
    return () => {
      for (const stop of stops) stop();
    };
  }, [doc, controlDoc]);
  const closed = control.stage === 'closed';
  const { meta, facts } = record;

  return (
    <article className="record" aria-label="The post-mortem record">
      <div className="record__toolbar">
        <p className="record__status">
          {closed
            ? `Closed on ${formatDateTime(control.stageStartedAt)}.`
            : 'A preview of the record so far. It becomes final when the facilitator closes the meeting.'}
        </p>
        <span className="record__downloads">
          <MeetingDownloads doc={doc} meetingId={meetingId} token={token} />
          <button type="button" className="button" onClick={() => window.print()}>
            <PrintIcon />
            Print the record
          </button>
        </span>
      </div>

      <header className="record__print-header">
        <p className="eyebrow">Post-mortem record</p>
        <p className="record__print-title">{meta.title || 'Untitled meeting'}</p>
        <p className="record__print-meta">
          <SeverityBadge severity={meta.severity} />
          {meta.incidentSummary && <span>{meta.incidentSummary}</span>}
        </p>
      </header>

      <PublishPanel meetingId={meetingId} token={token} role={role} closed={closed} />

      <RecordPeople schedule={record.schedule} rounds={rounds} control={control} />
      <RecordFacts
        moments={record.moments}
        howWeBecameAware={facts.howWeBecameAware}
        impact={facts.impact}
        howItWasSolved={facts.howItWasSolved}
        cost={facts.cost}
        evidence={record.evidence}
      />
      <RecordTimeline timeline={record.timeline} />
      <RecordLessons summary={record.summary} lessons={record.lessons} />
      <RecordActions
        actions={record.actions}
        costs={record.actionCosts}
        incidentCost={facts.cost}
        lessonTexts={record.lessonTexts}
        maxActions={control.maxActions}
      />
      <RecordParkingLot items={record.parkingLot} />
      <BoardRecordImage meetingId={meetingId} token={token} closed={closed} makesPicture={role === 'facilitator'} />
      <div className="record-section">
        {record.ratings ? (
          <>
            <RatingSummaryPanel
              summary={record.ratings}
              headingId="record-rating-heading"
              heading="Was the meeting worth people’s time?"
              emptyText="Nobody rated the meeting when checking out."
              headingClassName="record-section__title"
            />
            <p className="field-hint record-rating__note">Added up from check-outs; who gave which is not shown.</p>
          </>
        ) : (
          <section aria-labelledby="record-rating-heading">
            <h3 id="record-rating-heading" className="record-section__title">
              Was the meeting worth people’s time?
            </h3>
            <p className="empty-state">
              {closed
                ? `Ratings are shown only when at least ${MIN_RATINGS_TO_SHOW} people rated, so that nobody can tell who gave which.`
                : 'The ratings from check-out are added up here once the meeting closes.'}
            </p>
          </section>
        )}
      </div>
      <RelatedPostMortems meetingId={meetingId} token={token} />
    </article>
  );
}

function PrintIcon() {
  return (
    <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M7 9V3h10v6M7 17H4v-8h16v8h-3M7 14h10v7H7z" />
    </svg>
  );
}
