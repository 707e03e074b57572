import { describeAlertNotice, readAlertPayload } from '../readAlertPayload.ts';
import {
  byTime,
  type ImportedEvent,
  MAX_IMPORTED_EVENTS,
  parseJson,
  shorten,
  type TimelineImportReading,
} from './timelineImport.ts';

/**
 * Reads alerts saved from Alertmanager or Grafana: one webhook notification, a list of them, or the list of alerts
 * Alertmanager's API gives (`/api/v2/alerts`, where a firing alert's status is an object). Each firing alert is an
 * event at its start and each resolved one at its end, as the live alert feed adds them.
 */
export function readAlertFile(content: string, readAt: number): TimelineImportReading {
  const parsed = parseJson(content);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  let notifications: unknown[];
  if (Array.isArray(value) && value.every((item) => isObject(item) && Array.isArray(item.alerts))) {
    notifications = value;
  } else if (Array.isArray(value)) {
    // Alertmanager's API lists alerts with a status object ({ state: 'active' }): they are firing.
    notifications = [
      {
        alerts: value.map((alert) =>
          isObject(alert) && typeof alert.status !== 'string' ? { ...alert, status: 'firing' } : alert,
        ),
      },
    ];
  } else {
    notifications = [value];
  }
  if (notifications.length === 0) return { ok: false, message: 'The file has no alerts' };

  const events: ImportedEvent[] = [];
  const seen = new Set<string>();
  let source = 'Alertmanager';
  for (const [index, notification] of notifications.entries()) {
    const reading = readAlertPayload(notification, readAt);
    if (!reading.ok) {
      const where = notifications.length > 1 ? `Notification ${index + 1}: ` : '';
      return { ok: false, message: `${where}${reading.message}` };
    }
    for (const notice of reading.notices) {
      source = notice.source;
      const key = `${notice.fingerprint}\u0000${notice.status}\u0000${notice.at}`;
      if (seen.has(key) || events.length >= MAX_IMPORTED_EVENTS) continue;
      seen.add(key);
      events.push({
        at: notice.at,
        description: shorten(describeAlertNotice(notice)),
        kind: notice.status === 'firing' ? 'detection' : 'resolution',
        link: notice.link,
      });
    }
  }
  byTime(events);
  return { ok: true, value: { source, events, skipped: [] } };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
