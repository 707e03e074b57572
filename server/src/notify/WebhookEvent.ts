import type { MeetingSchedule, Severity } from '@debrief/shared';

/** The meeting a notice is about, as the notice shows it. */
export interface WebhookMeeting {
  readonly id: string;
  readonly title: string;
  readonly severity: Severity;
}

/** An action whose due date has passed. */
export interface OverdueAction {
  readonly id: string;
  readonly title: string;
  readonly owner: string | null;
  /** YYYY-MM-DD */
  readonly dueDate: string;
}

/**
 * What the webhook is told about. `url` is an absolute http(s) address, or a path on this server that is used only
 * when `PUBLIC_URL` is set; left out, it is the meeting's page (again only with `PUBLIC_URL`); null shows no link.
 * Whatever follows a `#` is never sent, since Debrief keeps link tokens there.
 */
export type WebhookEvent =
  | {
      readonly kind: 'scheduled';
      readonly meeting: WebhookMeeting;
      readonly schedule: MeetingSchedule;
      readonly url?: string | null;
    }
  | { readonly kind: 'closed'; readonly meeting: WebhookMeeting; readonly url?: string | null }
  | { readonly kind: 'published'; readonly meeting: WebhookMeeting; readonly url?: string | null }
  | {
      readonly kind: 'actionOverdue';
      readonly meeting: WebhookMeeting;
      readonly action: OverdueAction;
      readonly url?: string | null;
    };

/** The `event` field of each kind of notice. */
export const webhookEventNames = {
  scheduled: 'meeting.scheduled',
  closed: 'meeting.closed',
  published: 'meeting.published',
  actionOverdue: 'action.overdue',
} as const satisfies Record<WebhookEvent['kind'], string>;
