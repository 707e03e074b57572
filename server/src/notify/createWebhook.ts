import { randomUUID } from 'node:crypto';
import type * as Y from 'yjs';
import type { WebhookSettings } from '../config.ts';
import type { Metrics } from '../metrics/createMetrics.ts';
import type { OutboxStore } from '../persistence/OutboxStore.ts';
import { buildWebhookMessage } from './buildWebhookMessage.ts';
import { createScheduleWatcher } from './createScheduleWatcher.ts';
import { getNoticeMemory } from './getNoticeMemory.ts';
import { type OutboxSender, startOutboxSender } from './startOutboxSender.ts';
import type { WebhookEvent, WebhookMeeting } from './WebhookEvent.ts';

/** How the webhook's timing can be changed, for tests. */
export interface WebhookTiming {
  /** How long a meeting's time must stay unchanged before it is announced (3 s). */
  readonly scheduleDelayMs?: number;
  /** How long one attempt at a delivery may take (10 s). */
  readonly attemptTimeoutMs?: number;
  /** How long after it was queued a message is given up (24 h). */
  readonly giveUpAfterMs?: number;
}

export interface Webhook {
  /** Whether `WEBHOOK_URL` is set; without it, notices are dropped at once. */
  readonly enabled: boolean;
  /**
   * Queues a notice, to be posted in the background. Resolves true when it was queued, false when the webhook is
   * off or the same notice was queued before. Never rejects: a failure to queue is logged, so that it never fails
   * what the meeting was doing.
   */
  notify(event: WebhookEvent): Promise<boolean>;
  /** Queues the notice that a meeting has closed. */
  notifyClosed(meetingId: string): Promise<boolean>;
  /** For the room registry, while the webhook is on: watches each content document that loads for its schedule. */
  readonly watchDocument: ((name: string, doc: Y.Doc) => void) | undefined;
  /** Queues what was waiting and stops the sender; what is not delivered yet goes after the next start. */
  stop(): Promise<void>;
}

/** The outgoing webhook: notices go to a durable outbox first, and a background sender posts them in order. */
export function createWebhook(deps: {
  readonly settings: WebhookSettings | null;
  /** Where people open Debrief, for links in notices; null leaves links out. */
  readonly publicUrl: string | null;
  readonly outbox: OutboxStore;
  readonly metrics: Metrics;
  /** The meeting's title and severity as they are now. */
  readonly readMeeting: (meetingId: string) => Promise<Omit<WebhookMeeting, 'id'>>;
  readonly timing?: WebhookTiming;
  readonly now?: () => number;
}): Webhook {
  const { settings, outbox, metrics } = deps;
  const now = deps.now ?? Date.now;
  const timing = deps.timing ?? {};
  const sender: OutboxSender | null = settings
    ? startOutboxSender({
        url: settings.url,
        outbox,
        metrics,
        retryBaseMs: settings.retryBaseMs,
        attemptTimeoutMs: timing.attemptTimeoutMs ?? 10_000,
        giveUpAfterMs: timing.giveUpAfterMs ?? 24 * 60 * 60_000,
        now,
      })
    : null;
  /** Notices being queued, so that stopping waits for them. */
  const queueing = new Set<Promise<boolean>>();

  function track(queued: Promise<boolean>): Promise<boolean> {
    queueing.add(queued);
    void queued.finally(() => queueing.delete(queued));
    return queued;
  }

  async function enqueue(event: WebhookEvent): Promise<boolean> {
    try {
      const body = JSON.stringify(buildWebhookMessage(event, deps.publicUrl));
      const queued = await outbox.enqueue({ body, deliveryId: randomUUID(), createdAt: now() }, getNoticeMemory(event));
      if (queued) sender?.wake();
      return queued;
    } catch (error) {
      console.error(`Could not queue the webhook notice about meeting ${event.meeting.id}:`, error);
      return false;
    }
  }

  function notify(event: WebhookEvent): Promise<boolean> {
    if (!sender) return Promise.resolve(false);
    return track(enqueue(event));
  }

  function notifyClosed(meetingId: string): Promise<boolean> {
    if (!sender) return Promise.resolve(false);
    return track(
      deps.readMeeting(meetingId).then(
        ({ title, severity }) => enqueue({ kind: 'closed', meeting: { id: meetingId, title, severity } }),
        (error: unknown) => {
          console.error(`Could not read meeting ${meetingId} for its webhook notice:`, error);
          return false;
        },
      ),
    );
  }

  const watcher = sender ? createScheduleWatcher({ notify, delayMs: timing.scheduleDelayMs ?? 3000 }) : null;

  async function stop(): Promise<void> {
    await watcher?.flush();
    await Promise.all(queueing);
    await sender?.stop();
  }

  return { enabled: sender !== null, notify, notifyClosed, watchDocument: watcher?.watchDocument, stop };
}
