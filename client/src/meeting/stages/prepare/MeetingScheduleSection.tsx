import {
  clearMeetingSchedule,
  type IncidentFacts,
  MEETING_WINDOW_DAYS,
  type MeetingMeta,
  type MeetingSchedule,
  type Role,
  scheduleMeeting,
  suggestMeetingSlots,
  type ZonedInstant,
} from '@debrief/shared';
import { useMemo, useState } from 'react';
import type * as Y from 'yjs';
import { FieldError } from '../../../incident/FieldError.tsx';
import { formatZoned } from '../../../incident/formatZoned.ts';
import { ZonedDateTimeInput } from '../../../incident/ZonedDateTimeInput.tsx';
import { Icon } from '../../../ui/Icon.tsx';
import { useNow } from '../../useNow.ts';
import { MeetingInvite } from './MeetingInvite.tsx';
import { PrepareSection } from './PrepareSection.tsx';

interface Props {
  readonly doc: Y.Doc;
  readonly meetingId: string;
  readonly facts: IncidentFacts;
  readonly meta: MeetingMeta;
  readonly schedule: MeetingSchedule | null;
  readonly browserZone: string;
  readonly readOnly: boolean;
  readonly links: Readonly<Record<Role, string>> | null;
}

const LENGTHS = [30, 45, 60, 90, 120];
const DAY_MS = 86_400_000;

/** Picks the meeting time (suggested slots within a week of resolution, or any time), then the invite and announcement. */
export function MeetingScheduleSection({ doc, meetingId, facts, meta, schedule, browserZone, readOnly, links }: Props) {
  const now = useNow(60_000);
  const [preferredLength, setPreferredLength] = useState(60);
  const [error, setError] = useState<string | null>(null);
  const zone = schedule?.timeZone ?? browserZone;
  const length = schedule?.durationMinutes ?? preferredLength;
  const resolvedAt = facts.resolved?.at ?? null;
  const minute = Math.floor(now / 60_000) * 60_000;

  const slots = useMemo(
    () =>
      resolvedAt
        ? suggestMeetingSlots({
            resolvedAt,
            now: minute,
            timeZone: zone,
            count: 6,
            maxPerDay: 2,
            minNoticeMinutes: 60,
            durationMinutes: length,
          })
        : [],
    [resolvedAt, minute, zone, length],
  );

  const write = (result: { ok: boolean; message?: string }) => setError(result.ok ? null : (result.message ?? null));
  const choose = (value: ZonedInstant | null) =>
    value
      ? scheduleMeeting(doc, { at: value.at, timeZone: value.timeZone, durationMinutes: length })
      : clearMeetingSchedule(doc);

  const windowEnd = resolvedAt ? Date.parse(resolvedAt) + MEETING_WINDOW_DAYS * DAY_MS : null;
  const scheduledAt = schedule ? Date.parse(schedule.at) : null;
  const warning =
    scheduledAt !== null && scheduledAt < now
      ? 'This time has passed. Choose a new one if the meeting has not happened yet.'
      : scheduledAt !== null && windowEnd !== null && scheduledAt > windowEnd
        ? 'This is more than a week after the incident was resolved. Details fade quickly: sooner is better.'
        : null;

  return (
    <PrepareSection
      id="prepare-schedule"
      title="Schedule and announce"
      hint="Hold the meeting within a week of the resolution, while memories are fresh, and announce it openly: anyone can watch."
    >
      {schedule ? (
        <div className="scheduled">
          <Icon name="calendar" />
          <p>
            <span className="scheduled__label">The post-mortem is on</span>{' '}
            <strong>
              {formatZoned(schedule.at, schedule.timeZone, 'weekdayDate')},{' '}
              {formatZoned(schedule.at, schedule.timeZone, 'time')}–
              {formatZoned(
                new Date(Date.parse(schedule.at) + schedule.durationMinutes * 60_000).toISOString(),
                schedule.timeZone,
                'time',
              )}{' '}
              {formatZoned(schedule.at, schedule.timeZone, 'zone')}
            </strong>
          </p>
        </div>
      ) : (
        readOnly && <p className="empty-state">No meeting time chosen yet.</p>
      )}
      {warning && (
        <p className="notice-line notice-line--warn">
          <Icon name="alert" />
          {warning}
        </p>
      )}

      {!readOnly && (
        <div className="schedule-picker">
          <div className="slots">
            <p className="field-label" id="prepare-slots-label">
              Suggested times
            </p>
            {resolvedAt === null ? (
              <p className="field-hint">
                Set when the incident was resolved, above, to see suggested times within a week of it.
              </p>
            ) : slots.length === 0 ? (
              <p className="field-hint">
                No working hours are left in the week after the resolution. Pick the soonest time that works below.
              </p>
            ) : (
              <ul className="slot-chips" aria-labelledby="prepare-slots-label">
                {slots.map((slot) => {
                  const chosen = schedule?.at === slot.start && schedule.timeZone === slot.timeZone;
                  return (
                    <li key={slot.start}>
                      <button
                        type="button"
                        className="slot-chip"
                        aria-pressed={chosen}
                        onClick={() =>
                          write(
                            scheduleMeeting(doc, { at: slot.start, timeZone: slot.timeZone, durationMinutes: length }),
                          )
                        }
                      >
                        <span className="slot-chip__day">{formatZoned(slot.start, slot.timeZone, 'weekdayDate')}</span>
                        <span className="slot-chip__time">
                          {formatZoned(slot.start, slot.timeZone, 'time')}–
                          {formatZoned(slot.end, slot.timeZone, 'time')}
                        </span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            )}
          </div>
          <div className="schedule-picker__manual">
            <ZonedDateTimeInput
              id="prepare-meeting"
              label="Meeting time"
              value={schedule ? { at: schedule.at, timeZone: schedule.timeZone } : null}
              browserZone={browserZone}
              fallbackZone={zone}
              readOnly={false}
              onCommit={choose}
            />
            <div className="field schedule-picker__length">
              <label className="field-label" htmlFor="prepare-meeting-length">
                Length
              </label>
              <select
                id="prepare-meeting-length"
                className="input"
                value={length}
                onChange={(event) => {
                  const minutes = Number(event.currentTarget.value);
                  setPreferredLength(minutes);
                  if (schedule) write(scheduleMeeting(doc, { ...schedule, durationMinutes: minutes }));
                }}
              >
                {[...new Set([...LENGTHS, length])]
                  .sort((a, b) => a - b)
                  .map((minutes) => (
                    <option key={minutes} value={minutes}>
                      {minutes < 60 || minutes % 60 !== 0 ? `${minutes} minutes` : `${minutes / 60} h`}
                    </option>
                  ))}
              </select>
            </div>
          </div>
          <FieldError message={error} />
        </div>
      )}

      {!readOnly && (
        <MeetingInvite meetingId={meetingId} schedule={schedule} title={meta.title} meta={meta} links={links} />
      )}
    </PrepareSection>
  );
}
