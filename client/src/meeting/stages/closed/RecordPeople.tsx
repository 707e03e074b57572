import { type ControlState, type MeetingPeople, type MeetingSchedule, readMeetingPeople } from '@debrief/shared';
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { formatDay, formatTimeOfDay } from './formatRecordValues.ts';
import './recordPeople.css';
import { onDocChange } from '../../../sync/onDocChange.ts';

interface Props {
  readonly schedule: MeetingSchedule | null;
  /** null for observers, who never see who took part */
  readonly rounds: Y.Doc | null;
  readonly control: ControlState;
}

/** When the meeting was held, and who facilitated and attended, by the names they checked in with. */
export function RecordPeople({ schedule, rounds, control }: Props) {
  const people = useMeetingPeople(rounds, control);
  return (
    <section className="record-section record-people" aria-labelledby="record-people-heading">
      <h3 id="record-people-heading" className="record-section__title">
        The meeting
      </h3>
      <dl className="record-people__list">
        <div>
          <dt>Held</dt>
          <dd>
            {schedule ? (
              `${formatDay(schedule)}, ${formatTimeOfDay(schedule)} (${schedule.durationMinutes} minutes)`
            ) : (
              <span className="record-missing">No meeting time was set.</span>
            )}
          </dd>
        </div>
        {rounds === null ? (
          <div>
            <dt>Who took part</dt>
            <dd className="record-missing">Names are shown only to those who were in the meeting.</dd>
          </div>
        ) : (
          <>
            <div>
              <dt>Facilitated by</dt>
              <dd>
                {people && people.facilitators.length > 0 ? (
                  people.facilitators.join(', ')
                ) : (
                  <span className="record-missing">No facilitator checked in or out.</span>
                )}
              </dd>
            </div>
            <div>
              <dt>Attended</dt>
              <dd>
                {people && people.attendees.length > 0 ? (
                  people.attendees.join(', ')
                ) : (
                  <span className="record-missing">Nobody checked in or out.</span>
                )}
              </dd>
            </div>
          </>
        )}
      </dl>
    </section>
  );
}

function useMeetingPeople(rounds: Y.Doc | null, control: ControlState): MeetingPeople | null {
  const [people, setPeople] = useState(() => (rounds ? readMeetingPeople(rounds, control) : null));
  useEffect(() => {
    if (!rounds) return;
    const update = () => setPeople(readMeetingPeople(rounds, control));
    update();
    return onDocChange(rounds, update);
  }, [rounds, control]);
  return people;
}
