import type pg from 'pg';
import type { OutboxMessage, OutboxStore } from '../OutboxStore.ts';
import { withTransaction } from './withTransaction.ts';

/** How long a message handed out by `readNext` is kept from other instances' senders while one tries it. */
export const OUTBOX_CLAIM_MS = 60_000;

interface Row {
  id: string;
  body: string;
  delivery_id: string;
  created_at: string;
  attempts: number;
  next_attempt_at: string;
  claimed_until: string | null;
}

const fromRow = (row: Row): OutboxMessage => ({
  id: Number(row.id),
  body: row.body,
  deliveryId: row.delivery_id,
  createdAt: Number(row.created_at),
  attempts: row.attempts,
  nextAttemptAt: Number(row.next_attempt_at),
});

/** Keeps the notice's value and queues the message in one statement, or does neither when the value is kept already. */
const ENQUEUE_REMEMBERED = `
  WITH remembered AS (
    INSERT INTO webhook_notices (notice_key, value) VALUES ($4, $5)
    ON CONFLICT (notice_key) DO UPDATE SET value = excluded.value
    WHERE webhook_notices.value IS DISTINCT FROM excluded.value
    RETURNING notice_key
  )
  INSERT INTO webhook_outbox (body, delivery_id, created_at, next_attempt_at)
  SELECT $1, $2, $3, $3 FROM remembered
  RETURNING id`;

/**
 * The outbox shared by every instance. Messages go out one at a time, oldest first, as on SQLite; what is added is
 * a claim: the instance that reads a message when it is due holds it for `OUTBOX_CLAIM_MS`, and meanwhile every
 * other instance reads nothing. A sender that stops mid-attempt lets the claim run out, and another takes over.
 */
export function createPostgresOutboxStore(pool: pg.Pool): OutboxStore {
  return {
    async enqueue(message, remember) {
      if (!remember) {
        await pool.query(
          'INSERT INTO webhook_outbox (body, delivery_id, created_at, next_attempt_at) VALUES ($1, $2, $3, $3)',
          [message.body, message.deliveryId, message.createdAt],
        );
        return true;
      }
      const { rowCount } = await pool.query(ENQUEUE_REMEMBERED, [
        message.body,
        message.deliveryId,
        message.createdAt,
        remember.key,
        remember.value,
      ]);
      return (rowCount ?? 0) > 0;
    },
    async readNext() {
      const now = Date.now();
      return withTransaction(pool, async (client) => {
        // Only the oldest may go: a later message must wait for it, so readers of the head take turns.
        const { rows } = await client.query<Row>(
          `SELECT id, body, delivery_id, created_at, attempts, next_attempt_at, claimed_until FROM webhook_outbox
           WHERE failed_at IS NULL ORDER BY id LIMIT 1 FOR UPDATE`,
        );
        const row = rows[0];
        if (!row) return null;
        if (row.claimed_until !== null && Number(row.claimed_until) > now) return null;
        if (Number(row.next_attempt_at) <= now) {
          await client.query('UPDATE webhook_outbox SET claimed_until = $1 WHERE id = $2', [
            now + OUTBOX_CLAIM_MS,
            row.id,
          ]);
        }
        return fromRow(row);
      });
    },
    async markDelivered(id) {
      await pool.query('DELETE FROM webhook_outbox WHERE id = $1', [id]);
    },
    async scheduleRetry(id, attempts, nextAttemptAt, error) {
      await pool.query(
        `UPDATE webhook_outbox SET attempts = $1, next_attempt_at = $2, last_error = $3, claimed_until = NULL
         WHERE id = $4`,
        [attempts, nextAttemptAt, error, id],
      );
    },
    async markFailed(id, failedAt, error) {
      await pool.query(
        'UPDATE webhook_outbox SET failed_at = $1, last_error = $2, claimed_until = NULL WHERE id = $3',
        [failedAt, error, id],
      );
    },
    async count() {
      const { rows } = await pool.query<{ pending: string; failed: string }>(
        'SELECT COUNT(*) - COUNT(failed_at) AS pending, COUNT(failed_at) AS failed FROM webhook_outbox',
      );
      return { pending: Number(rows[0]?.pending ?? 0), failed: Number(rows[0]?.failed ?? 0) };
    },
  };
}
