import { formatInTimeZone, type MeetingSchedule } from '@debrief/shared';
import { type OverdueAction, type WebhookEvent, type WebhookMeeting, webhookEventNames } from './WebhookEvent.ts';

/** The JSON posted to the webhook: `text` for chat tools' incoming webhooks, the rest for programs. */
export interface WebhookMessage {
  readonly text: string;
  readonly event: (typeof webhookEventNames)[WebhookEvent['kind']];
  readonly meeting: WebhookMeeting;
  readonly url: string | null;
  readonly schedule?: MeetingSchedule;
  readonly action?: OverdueAction;
}

/** The message for an event; `publicUrl` is where people open Debrief, or null to leave links out. */
export function buildWebhookMessage(event: WebhookEvent, publicUrl: string | null): WebhookMessage {
  const url = resolveLink(event, publicUrl);
  const meeting = `*${escapeText(event.meeting.title)}* (${event.meeting.severity})`;
  const link = url === null ? '' : ` · ${url}`;
  const base = { event: webhookEventNames[event.kind], meeting: event.meeting, url };
  switch (event.kind) {
    case 'scheduled': {
      const { at, timeZone, durationMinutes } = event.schedule;
      const when = `${readWhen(at, timeZone)} (${timeZone}, ${durationMinutes} minutes)`;
      return { text: `Post-mortem scheduled: ${meeting} on ${when}${link}`, ...base, schedule: event.schedule };
    }
    case 'closed':
      return { text: `Post-mortem closed: ${meeting}${link}`, ...base };
    case 'published':
      return { text: `Post-mortem published to the library: ${meeting}${link}`, ...base };
    case 'actionOverdue': {
      const { action } = event;
      const owner = action.owner === null || action.owner.trim() === '' ? 'no owner' : escapeText(action.owner);
      return {
        text: `Action overdue since ${action.dueDate}: *${escapeText(action.title)}* (${owner}), from ${meeting}${link}`,
        ...base,
        action,
      };
    }
  }
}

function resolveLink(event: WebhookEvent, publicUrl: string | null): string | null {
  const given = event.url === undefined ? `/m/${encodeURIComponent(event.meeting.id)}` : event.url;
  if (given === null) return null;
  // Debrief's links carry their token after the #; a notice goes to a whole channel.
  const withoutFragment = given.split('#')[0] ?? '';
  if (/^https?:\/\//i.test(withoutFragment)) return withoutFragment;
  if (publicUrl === null || !withoutFragment.startsWith('/')) return null;
  return `${publicUrl}${withoutFragment}`;
}

/** The start as people in the meeting's zone read it, or the instant itself if the zone is unknown here. */
function readWhen(at: string, timeZone: string): string {
  try {
    return formatInTimeZone(at, timeZone);
  } catch {
    return at;
  }
}

/**
 * Text people wrote, made safe for chat markup: one line, and no `<…>`, which Slack reads as a link or a mention
 * such as `<!channel>`; `&`, `<` and `>` are escaped as Slack asks, and emphasis marks cannot end the bold title.
 */
function escapeText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\*/g, '∗');
}
