/** A webhook message waiting to be delivered. */
export interface OutboxMessage {
  /** Increases with every message queued: messages go out in this order. */
  readonly id: number;
  /** The JSON body to post, as it will be sent. */
  readonly body: string;
  /** Names the message to its receiver, the same on every attempt, so a repeated delivery can be recognised. */
  readonly deliveryId: string;
  readonly createdAt: number;
  /** Attempts made so far. */
  readonly attempts: number;
  /** Not to be tried again before this time (ms since the epoch). */
  readonly nextAttemptAt: number;
}

/**
 * What a notice is remembered by once it is queued, so that it is never queued twice: for example a meeting's
 * schedule under the meeting, or an overdue action under the action and its due date.
 */
export interface NoticeMemory {
  readonly key: string;
  readonly value: string;
}

/** Webhook messages not yet delivered, kept across restarts, and the notices already queued. */
export interface OutboxStore {
  /**
   * Queues a message. With `remember`, only when the key does not already hold that value, and the value is kept
   * in the same transaction; resolves false when nothing was queued.
   */
  enqueue(
    message: { readonly body: string; readonly deliveryId: string; readonly createdAt: number },
    remember?: NoticeMemory,
  ): Promise<boolean>;
  /** The oldest message neither delivered nor given up, or null when there is none. */
  readNext(): Promise<OutboxMessage | null>;
  /** Takes a delivered message out. */
  markDelivered(id: number): Promise<void>;
  /** Records a failed attempt and when to try again. */
  scheduleRetry(id: number, attempts: number, nextAttemptAt: number, error: string): Promise<void>;
  /** Keeps a message that will never be delivered, with why, out of the queue. */
  markFailed(id: number, failedAt: number, error: string): Promise<void>;
  /** How many messages wait, and how many were given up. */
  count(): Promise<{ readonly pending: number; readonly failed: number }>;
}
