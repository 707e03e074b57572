import type { Metrics } from '../metrics/createMetrics.ts';
import type { OutboxMessage, OutboxStore } from '../persistence/OutboxStore.ts';
import { getRetryDelay } from './getRetryDelay.ts';
import { type DeliveryOutcome, sendWebhook } from './sendWebhook.ts';

export interface OutboxSenderOptions {
  readonly url: string;
  readonly outbox: OutboxStore;
  readonly metrics: Metrics;
  /** The wait before the first retry; it doubles on each. */
  readonly retryBaseMs: number;
  /** How long one attempt may take. */
  readonly attemptTimeoutMs: number;
  /** A message still not delivered this long after it was queued is given up. */
  readonly giveUpAfterMs: number;
  readonly now?: () => number;
  readonly random?: () => number;
}

export interface OutboxSender {
  /** Says a message was queued, so that an idle sender looks again at once. */
  wake(): void;
  /** Stops after ending the attempt under way; a message not delivered stays queued for the next start. */
  stop(): Promise<void>;
}

/**
 * Delivers the outbox's messages one at a time, oldest first: a message waiting for its retry holds back the
 * ones after it, so that receivers see notices in the order they happened.
 */
export function startOutboxSender(options: OutboxSenderOptions): OutboxSender {
  const { url, outbox, metrics } = options;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const stopping = new AbortController();
  let wakeUp: (() => void) | null = null;
  /** Set by `wake()`, so that a message queued while the outbox was being read is not left waiting. */
  let woken = false;

  /** Resolves after `ms`, on `wake()`, or when stopping, whichever is first. */
  function pause(ms: number): Promise<void> {
    if (woken) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        stopping.signal.removeEventListener('abort', done);
        wakeUp = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      timer.unref();
      wakeUp = done;
      stopping.signal.addEventListener('abort', done);
    });
  }

  async function attempt(message: OutboxMessage): Promise<void> {
    const outcome: DeliveryOutcome = await sendWebhook(url, message.body, {
      deliveryId: message.deliveryId,
      timeoutMs: options.attemptTimeoutMs,
      signal: stopping.signal,
    });
    if (outcome.kind === 'delivered') {
      await outbox.markDelivered(message.id);
      metrics.counters.webhookDeliveries++;
      return;
    }
    // An attempt cut short by stopping is neither a failure nor counted: the message goes at the next start.
    if (stopping.signal.aborted) return;
    const attempts = message.attempts + 1;
    const giveUp = outcome.kind === 'retry' && now() - message.createdAt >= options.giveUpAfterMs;
    if (outcome.kind === 'failed' || giveUp) {
      const reason = giveUp ? `${outcome.reason}; still not delivered after ${attempts} attempts` : outcome.reason;
      await outbox.markFailed(message.id, now(), reason);
      metrics.counters.webhookFailures++;
      console.error(`A webhook message was not delivered and will not be tried again: the webhook ${reason}`);
      return;
    }
    metrics.counters.webhookRetries++;
    const delay = getRetryDelay(attempts, options.retryBaseMs, random());
    await outbox.scheduleRetry(message.id, attempts, now() + delay, outcome.reason);
    // Only the first failure of a message is logged, so a receiver that is down for hours writes one line.
    if (attempts === 1) console.warn(`The webhook ${outcome.reason}; it will be tried again, with longer waits`);
  }

  async function run(): Promise<void> {
    while (!stopping.signal.aborted) {
      woken = false;
      try {
        const message = await outbox.readNext();
        if (message === null) {
          await pause(60_000);
          continue;
        }
        const wait = message.nextAttemptAt - now();
        if (wait > 0) {
          await pause(wait);
          continue;
        }
        await attempt(message);
      } catch (error) {
        console.error('The webhook outbox could not be read or updated:', error);
        await pause(options.retryBaseMs);
      }
    }
  }

  const running = run();
  return {
    wake() {
      woken = true;
      wakeUp?.();
    },
    async stop() {
      stopping.abort();
      await running;
    },
  };
}
