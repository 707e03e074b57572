import type { NoticeMemory } from '../persistence/OutboxStore.ts';
import type { WebhookEvent } from './WebhookEvent.ts';

/**
 * What keeps a notice from being sent twice, also across restarts: a meeting's schedule is announced only when it
 * differs from the one last announced, and an action is reminded of once per due date. Other notices are each news.
 */
export function getNoticeMemory(event: WebhookEvent): NoticeMemory | undefined {
  switch (event.kind) {
    case 'scheduled': {
      const { at, timeZone, durationMinutes } = event.schedule;
      return { key: `scheduled:${event.meeting.id}`, value: JSON.stringify({ at, timeZone, durationMinutes }) };
    }
    case 'actionOverdue':
      return { key: `actionOverdue:${event.meeting.id}:${event.action.id}:${event.action.dueDate}`, value: 'sent' };
    default:
      return undefined;
  }
}
