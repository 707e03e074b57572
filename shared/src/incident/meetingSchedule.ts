import type * as Y from 'yjs';
import { ContentRoot, getContentMap } from '../doc/docSchema.ts';
import { type IncidentWriteResult, refused, written } from './incidentWriteResult.ts';
import { parseZonedInstant } from './zonedInstant.ts';

/** When the post-mortem meeting takes place. */
export interface MeetingSchedule {
  /** ISO 8601 instant in UTC. */
  readonly at: string;
  readonly timeZone: string;
  readonly durationMinutes: number;
}

/** The longest meeting that can be scheduled, in minutes. */
export const MAX_MEETING_MINUTES = 8 * 60;

// One plain record under one key, so two people picking different slots at once end with one whole choice.
const ScheduleKey = { meeting: 'meeting' } as const;

/** The chosen meeting time, or null before one is chosen. */
export function readMeetingSchedule(doc: Y.Doc): MeetingSchedule | null {
  return parseSchedule(getContentMap(doc, ContentRoot.schedule).get(ScheduleKey.meeting));
}

/** Stores the chosen meeting time (replacing any earlier choice). */
export function scheduleMeeting(doc: Y.Doc, schedule: MeetingSchedule): IncidentWriteResult {
  const parsed = parseSchedule(schedule);
  if (parsed === null) {
    return refused(`Choose a start time, a time zone and a length of 1 to ${MAX_MEETING_MINUTES} minutes`);
  }
  doc.transact(() => getContentMap(doc, ContentRoot.schedule).set(ScheduleKey.meeting, { ...parsed }));
  return written;
}

/** Forgets the chosen meeting time. */
export function clearMeetingSchedule(doc: Y.Doc): IncidentWriteResult {
  const schedule = getContentMap(doc, ContentRoot.schedule);
  doc.transact(() => {
    if (schedule.has(ScheduleKey.meeting)) schedule.delete(ScheduleKey.meeting);
  });
  return written;
}

function parseSchedule(value: unknown): MeetingSchedule | null {
  const time = parseZonedInstant(value);
  if (time === null) return null;
  const { durationMinutes } = value as Record<string, unknown>;
  if (
    typeof durationMinutes !== 'number' ||
    !Number.isInteger(durationMinutes) ||
    durationMinutes < 1 ||
    durationMinutes > MAX_MEETING_MINUTES
  ) {
    return null;
  }
  return { at: time.at, timeZone: time.timeZone, durationMinutes };
}
