import { isSafeHttpUrl } from '../incident/isSafeHttpUrl.ts';
import type { MeetingSchedule } from '../incident/meetingSchedule.ts';
import { parseInstant } from '../incident/zonedInstant.ts';

/** What renderMeetingIcs needs to write the calendar file of a post-mortem meeting. */
export interface MeetingIcsInput {
  readonly meetingId: string;
  /** The incident's title, as the meeting shows it. */
  readonly title: string;
  /** The incident's one-line summary, or ''. */
  readonly summary: string;
  readonly schedule: Pick<MeetingSchedule, 'at' | 'durationMinutes'>;
  /**
   * The http(s) link participants join with, only when whoever gets the file may see it (the facilitator's browser
   * does). Without it the file carries no link at all, and so no token.
   */
  readonly participantLink?: string | null;
  /** Milliseconds since the epoch: when the file is made (DTSTAMP). */
  readonly now: number;
}

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;

/**
 * An RFC 5545 calendar (.ics) with one event for the post-mortem meeting: a UID that stays the same for the meeting,
 * so a calendar updates its event rather than adding another; times in UTC; text escaped; lines folded at 75 octets;
 * CRLF line endings. Throws RangeError for a time, length, meeting id or link it cannot write.
 */
export function renderMeetingIcs(input: MeetingIcsInput): string {
  const start = parseInstant(input.schedule.at);
  if (start === null) throw new RangeError(`Not an ISO 8601 date-time: ${JSON.stringify(input.schedule.at)}`);
  const { durationMinutes } = input.schedule;
  if (!Number.isInteger(durationMinutes) || durationMinutes <= 0) {
    throw new RangeError('The duration must be a whole number of minutes above zero');
  }
  if (!Number.isFinite(input.now)) throw new RangeError('`now` must be milliseconds since the epoch');
  if (!/^[\w-]+$/.test(input.meetingId)) throw new RangeError('The meeting id must be letters, digits and dashes');
  const link = input.participantLink ?? null;
  if (link !== null && !isSafeHttpUrl(link)) throw new RangeError('The participant link must be an http(s) link');

  const title = input.title.trim();
  const description = [
    `A blameless post-mortem of "${title || 'the incident'}". We look at what happened and how our systems and processes can improve, not at who did what.`,
    input.summary.trim(),
    link === null ? 'Join with the Debrief link you were given for this meeting.' : `Join the meeting: ${link}`,
  ]
    .filter((part) => part !== '')
    .join('\n\n');

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Debrief//Debrief post-mortems//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${input.meetingId}@debrief`,
    `DTSTAMP:${formatUtc(input.now)}`,
    `DTSTART:${formatUtc(start)}`,
    `DTEND:${formatUtc(start + durationMinutes * 60_000)}`,
    `SUMMARY:${escapeIcsText(title ? `Post-mortem: ${title}` : 'Post-mortem')}`,
    `DESCRIPTION:${escapeIcsText(description)}`,
    // URL is a URI value, not TEXT: escaping its commas or semicolons would change the link.
    ...(link === null ? [] : [`URL:${link}`]),
    'STATUS:CONFIRMED',
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldIcsLine).join(CRLF) + CRLF;
}

/** RFC 5545 TEXT escaping: backslash, semicolon, comma, and every kind of line break as \n. */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Splits a content line into lines of at most 75 octets of UTF-8, never inside a character; continuations start with a space. */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    // The first line holds 75 octets; each continuation 74 after its leading space.
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code < 0x10000) return 3;
  return 4;
}

function formatUtc(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}
