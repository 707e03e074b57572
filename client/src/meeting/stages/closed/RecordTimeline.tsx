import { type TimelineEvent, timelineEventKindLabels } from '@debrief/shared';
import { formatDay, formatTimeOfDay } from './formatRecordValues.ts';
import { EvidenceList } from './RecordFacts.tsx';

/** The series of events in time order, grouped by day, each with its kind and whether we knew it at the time. */
export function RecordTimeline({ timeline }: { timeline: readonly TimelineEvent[] }) {
  const days: { day: string; events: TimelineEvent[] }[] = [];
  for (const event of timeline) {
    const day = formatDay(event);
    const last = days.at(-1);
    if (last?.day === day) last.events.push(event);
    else days.push({ day, events: [event] });
  }
  return (
    <section className="record-section" aria-labelledby="record-timeline-heading">
      <h3 id="record-timeline-heading" className="record-section__title">
        Timeline
      </h3>
      {timeline.length === 0 ? (
        <p className="record-missing">No events were added to the timeline.</p>
      ) : (
        days.map(({ day, events }) => (
          <div key={day} className="record-timeline__day">
            <h4 className="record-timeline__date">{day}</h4>
            <ol className="record-timeline">
              {events.map((event) => (
                <li key={event.id} className="record-timeline__event" data-kind={event.kind}>
                  <time className="record-timeline__time" dateTime={event.at}>
                    {formatTimeOfDay(event)}
                  </time>
                  <div className="record-timeline__body">
                    <div className="record-timeline__meta">
                      <span className={`record-kind record-kind--${event.kind}`}>
                        {timelineEventKindLabels[event.kind]}
                      </span>
                      {event.knownAtTheTime ? (
                        <span className="record-known">Known at the time</span>
                      ) : (
                        <span className="record-known record-known--later">Learned later</span>
                      )}
                    </div>
                    <p className="record-timeline__text record-prose">
                      {event.description.trim() || <span className="record-missing">No description.</span>}
                    </p>
                    {event.evidence.length > 0 && <EvidenceList links={event.evidence} />}
                    <EventQuestions event={event} />
                  </div>
                </li>
              ))}
            </ol>
          </div>
        ))
      )}
    </section>
  );
}

/** The questions asked about an event, open or answered; plain comments stay in the meeting. */
function EventQuestions({ event }: { event: TimelineEvent }) {
  const questions = event.comments.filter((comment) => comment.kind === 'question' && comment.text.trim() !== '');
  if (questions.length === 0) return null;
  return (
    <ul className="record-questions" aria-label="Questions about this event">
      {questions.map((question) => (
        <li key={question.id} className="record-questions__item">
          <span className={`record-known${question.resolved ? '' : ' record-known--later'}`}>
            {question.resolved ? 'Answered' : 'Open question'}
          </span>{' '}
          <span className="record-prose">{question.text.trim()}</span>
        </li>
      ))}
    </ul>
  );
}
