import { type Severity, severityLabels } from '../protocol/httpApi.ts';
import { formatZonedClock, formatZonedDate, formatZoneName } from './formatZonedDateTime.ts';
import { isSafeHttpUrl } from './isSafeHttpUrl.ts';
import { parseInstant } from './zonedInstant.ts';

/** What createAnnouncement needs to write the company-wide invitation to watch. */
export interface AnnouncementInput {
  readonly title: string;
  readonly severity: Severity;
  /** ISO 8601 instant the meeting starts. */
  readonly start: string;
  /** The zone the time is written in. */
  readonly timeZone: string;
  /** The open watch link; must be http(s). */
  readonly observerLink: string;
  /** A sentence or two about what happened; may be empty. */
  readonly summary: string;
  /** When given, the end time is shown too. */
  readonly durationMinutes?: number;
}

/**
 * A ready-to-paste plain-text message inviting anyone in the company to watch the post-mortem through the observer
 * link, in a blameless tone. Throws RangeError for an invalid start or zone, or a link that is not http(s).
 */
export function createAnnouncement(input: AnnouncementInput): string {
  const start = parseInstant(input.start);
  if (start === null) throw new RangeError(`Not an ISO 8601 date-time: ${JSON.stringify(input.start)}`);
  if (!isSafeHttpUrl(input.observerLink)) throw new RangeError('The observer link must be an http(s) link');
  const title = input.title.trim();
  const summary = input.summary.trim();
  // The one date-time style of the app, with the weekday, as the schedule shows it: 'Fri 20 Nov 2026, 10:00–11:00 CET'.
  const end = new Date(start + (input.durationMinutes ?? 0) * 60_000).toISOString();
  const day = formatZonedDate(input.start, input.timeZone, { weekday: true });
  const from = formatZonedClock(input.start, input.timeZone);
  const until = input.durationMinutes && input.durationMinutes > 0 ? `–${formatZonedClock(end, input.timeZone)}` : '';
  const when = `${day}, ${from}${until} ${formatZoneName(input.start, input.timeZone)}`;
  return [
    `Open post-mortem: ${title} (${severityLabels[input.severity] ?? input.severity})`,
    '',
    'We are holding a blameless post-mortem of this incident, and anyone in the company is welcome to watch.',
    ...(summary === '' ? [] : ['', `What happened: ${summary}`]),
    '',
    `When: ${when} (${input.timeZone})`,
    `Watch live: ${input.observerLink}`,
    '',
    // One line per paragraph: chat tools and mail clients wrap it themselves.
    'We will walk through what happened in time order, what helped and what slowed us down, and what we will change ' +
      'in our systems and processes. We look at how the work was set up, not at who did what: everyone acted on what ' +
      'they knew at the time. Watching is read-only, so join whenever suits you.',
  ].join('\n');
}
