import {
  ContentRoot,
  getContentMap,
  type MeetingSchedule,
  parseDocName,
  readMeetingMeta,
  readMeetingSchedule,
} from '@debrief/shared';
import type * as Y from 'yjs';
import type { WebhookEvent, WebhookMeeting } from './WebhookEvent.ts';

interface PendingNotice {
  readonly meeting: WebhookMeeting;
  readonly schedule: MeetingSchedule | null;
  readonly timer: NodeJS.Timeout;
}

/**
 * Notices when a meeting's time is set or changed in a loaded content document, and announces it once people have
 * stopped changing it for `delayMs`; whether it differs from the time last announced is the webhook's to tell.
 */
export function createScheduleWatcher(deps: {
  readonly notify: (event: WebhookEvent) => Promise<boolean>;
  readonly delayMs: number;
}) {
  const pending = new Map<string, PendingNotice>();

  function announce(meetingId: string): Promise<unknown> {
    const notice = pending.get(meetingId);
    if (!notice) return Promise.resolve();
    pending.delete(meetingId);
    clearTimeout(notice.timer);
    // A time taken away is not announced; a time chosen again later is compared with the last one announced.
    if (notice.schedule === null) return Promise.resolve();
    return deps.notify({ kind: 'scheduled', meeting: notice.meeting, schedule: notice.schedule });
  }

  /** For the room registry: starts watching each content document as it loads. */
  function watchDocument(name: string, doc: Y.Doc): void {
    const parsed = parseDocName(name);
    if (parsed?.kind !== 'content') return;
    const { meetingId } = parsed;
    getContentMap(doc, ContentRoot.schedule).observe(() => {
      // Read now: the document may be unloaded before the delay is over.
      const meta = readMeetingMeta(doc);
      clearTimeout(pending.get(meetingId)?.timer);
      const timer = setTimeout(() => void announce(meetingId), deps.delayMs);
      timer.unref();
      pending.set(meetingId, {
        meeting: { id: meetingId, title: meta.title, severity: meta.severity },
        schedule: readMeetingSchedule(doc),
        timer,
      });
    });
  }

  /** Announces at once what was still waiting, as the server stops. */
  async function flush(): Promise<void> {
    await Promise.all([...pending.keys()].map(announce));
  }

  return { watchDocument, flush };
}
