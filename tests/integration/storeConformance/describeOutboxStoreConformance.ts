import { describe, expect, it } from 'vitest';
import type { StoreBackend } from './StoreBackend.ts';
import { useTestDatabase } from './useTestDatabase.ts';

const message = (body: string, createdAt = 1000) => ({ body, deliveryId: `delivery-${body}`, createdAt });

export function describeOutboxStoreConformance(backend: StoreBackend): void {
  describe('outbox store', () => {
    const openDatabase = useTestDatabase(backend);

    it('hands out messages oldest first, until delivered or given up', async () => {
      const { outbox } = (await openDatabase()).stores;
      expect(await outbox.readNext()).toBeNull();
      expect(await outbox.count()).toEqual({ pending: 0, failed: 0 });
      expect(await outbox.enqueue(message('first'))).toBe(true);
      await outbox.enqueue(message('second', 2000));
      await outbox.enqueue(message('third', 3000));
      const first = await outbox.readNext();
      expect(first).toEqual({
        id: expect.any(Number),
        body: 'first',
        deliveryId: 'delivery-first',
        createdAt: 1000,
        attempts: 0,
        nextAttemptAt: 1000,
      });
      await outbox.scheduleRetry(first?.id ?? 0, 1, 5000, 'answered 500');
      expect(await outbox.readNext()).toMatchObject({ id: first?.id, body: 'first', attempts: 1, nextAttemptAt: 5000 });
      await outbox.markDelivered(first?.id ?? 0);
      const second = await outbox.readNext();
      expect(second).toMatchObject({ body: 'second', createdAt: 2000, nextAttemptAt: 2000 });
      expect(second?.id).toBeGreaterThan(first?.id ?? 0);
      await outbox.markFailed(second?.id ?? 0, 6000, 'answered 404');
      const third = await outbox.readNext();
      expect(third).toMatchObject({ body: 'third' });
      expect(third?.id).toBeGreaterThan(second?.id ?? 0);
      expect(await outbox.count()).toEqual({ pending: 1, failed: 1 });
      await outbox.markDelivered(third?.id ?? 0);
      expect(await outbox.readNext()).toBeNull();
      expect(await outbox.count()).toEqual({ pending: 0, failed: 1 });
    });

    it('keeps a message waiting for its retry at the head, holding back the ones after it', async () => {
      const { outbox } = (await openDatabase()).stores;
      await outbox.enqueue(message('first'));
      await outbox.enqueue(message('second'));
      const first = await outbox.readNext();
      const later = Date.now() + 3_600_000;
      await outbox.scheduleRetry(first?.id ?? 0, 1, later, 'timed out');
      expect(await outbox.readNext()).toMatchObject({ body: 'first', attempts: 1, nextAttemptAt: later });
      expect(await outbox.readNext()).toMatchObject({ body: 'first', attempts: 1, nextAttemptAt: later });
    });

    it('queues a remembered notice only when its value changed, and remembers it on reopening', async () => {
      const database = await openDatabase();
      const { outbox } = database.stores;
      expect(await outbox.enqueue(message('a'), { key: 'scheduled:m1', value: '9:00' })).toBe(true);
      expect(await outbox.enqueue(message('b'), { key: 'scheduled:m1', value: '9:00' })).toBe(false);
      expect(await outbox.enqueue(message('c'), { key: 'scheduled:m2', value: '9:00' })).toBe(true);
      const reopened = (await database.reopen()).outbox;
      expect(await reopened.enqueue(message('d'), { key: 'scheduled:m1', value: '9:00' })).toBe(false);
      expect(await reopened.enqueue(message('e'), { key: 'scheduled:m1', value: '10:00' })).toBe(true);
      expect(await reopened.enqueue(message('f'), { key: 'scheduled:m1', value: '9:00' })).toBe(true);
      expect(await reopened.count()).toEqual({ pending: 4, failed: 0 });
      const bodies: string[] = [];
      for (let next = await reopened.readNext(); next; next = await reopened.readNext()) {
        bodies.push(next.body);
        await reopened.markDelivered(next.id);
      }
      expect(bodies).toEqual(['a', 'c', 'e', 'f']);
    });

    it('queues a remembered notice once when many queue it at the same moment', async () => {
      const { stores, otherInstance } = await openDatabase();
      const queued = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          (i % 2 === 0 ? stores : otherInstance).outbox.enqueue(message(`try-${i}`), {
            key: 'overdue:action-1',
            value: '2026-03-01',
          }),
        ),
      );
      expect(queued.filter(Boolean)).toHaveLength(1);
      expect(await stores.outbox.count()).toEqual({ pending: 1, failed: 0 });
    });

    if (backend.sharedByInstances) {
      it('hands a due message to one instance only when two read at the same moment', async () => {
        const { stores, otherInstance } = await openDatabase();
        await stores.outbox.enqueue(message('first'));
        await stores.outbox.enqueue(message('second'));
        const [mine, theirs] = await Promise.all([stores.outbox.readNext(), otherInstance.outbox.readNext()]);
        const ids = [mine?.id, theirs?.id].filter((id) => id !== undefined);
        expect(ids.length).toBeGreaterThan(0);
        expect(new Set(ids).size).toBe(ids.length);
        // While one instance tries the head, no other starts on it or on anything behind it.
        expect(await otherInstance.outbox.readNext()).toBeNull();
        expect(await stores.outbox.readNext()).toBeNull();
        const claimed = mine ?? theirs;
        expect(claimed?.body).toBe('first');
        // A retry ends the claim: whoever reads next may try again when it is due.
        await stores.outbox.scheduleRetry(claimed?.id ?? 0, 1, 0, 'answered 503');
        expect(await otherInstance.outbox.readNext()).toMatchObject({ body: 'first', attempts: 1 });
        expect(await stores.outbox.readNext()).toBeNull();
        await otherInstance.outbox.markDelivered(claimed?.id ?? 0);
        expect(await stores.outbox.readNext()).toMatchObject({ body: 'second' });
      });

      it('hands out every message exactly once to senders on two instances', async () => {
        const { stores, otherInstance } = await openDatabase();
        for (let i = 0; i < 10; i++) await stores.outbox.enqueue(message(`m${i}`));
        const sent: string[] = [];
        const send = async (outbox: typeof stores.outbox) => {
          for (let idle = 0; idle < 200 && sent.length < 10; idle++) {
            const next = await outbox.readNext();
            if (!next) {
              await new Promise((resolve) => setTimeout(resolve, 2));
              continue;
            }
            sent.push(next.body);
            await outbox.markDelivered(next.id);
          }
        };
        await Promise.all([send(stores.outbox), send(otherInstance.outbox)]);
        expect(sent).toEqual(Array.from({ length: 10 }, (_, i) => `m${i}`));
      });
    }
  });
}
