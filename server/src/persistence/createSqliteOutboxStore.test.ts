import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSqliteOutboxStore } from './createSqliteOutboxStore.ts';
import { openSqliteDatabase } from './openSqliteDatabase.ts';

const dirs: string[] = [];
function openDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'debrief-outbox-'));
  dirs.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const message = (body: string, createdAt = 1000) => ({ body, deliveryId: `delivery-${body}`, createdAt });

describe('SQLite outbox store', () => {
  it('hands out messages oldest first, until delivered or given up', async () => {
    const store = createSqliteOutboxStore(openSqliteDatabase(openDir()));
    expect(await store.readNext()).toBeNull();
    await store.enqueue(message('first'));
    await store.enqueue(message('second'));
    await store.enqueue(message('third'));
    const first = await store.readNext();
    expect(first).toMatchObject({ body: 'first', deliveryId: 'delivery-first', attempts: 0, nextAttemptAt: 1000 });
    await store.scheduleRetry(first?.id ?? 0, 1, 5000, 'answered 500');
    expect(await store.readNext()).toMatchObject({ body: 'first', attempts: 1, nextAttemptAt: 5000 });
    await store.markDelivered(first?.id ?? 0);
    const second = await store.readNext();
    await store.markFailed(second?.id ?? 0, 6000, 'answered 404');
    expect(await store.readNext()).toMatchObject({ body: 'third' });
    expect(await store.count()).toEqual({ pending: 1, failed: 1 });
  });

  it('queues a remembered notice only when its value changed, and remembers it across a reopening', async () => {
    const dir = openDir();
    const db = openSqliteDatabase(dir);
    const store = createSqliteOutboxStore(db);
    expect(await store.enqueue(message('a'), { key: 'scheduled:m1', value: '9:00' })).toBe(true);
    expect(await store.enqueue(message('b'), { key: 'scheduled:m1', value: '9:00' })).toBe(false);
    expect(await store.enqueue(message('c'), { key: 'scheduled:m2', value: '9:00' })).toBe(true);
    db.close();
    const reopened = createSqliteOutboxStore(openSqliteDatabase(dir));
    expect(await reopened.enqueue(message('d'), { key: 'scheduled:m1', value: '9:00' })).toBe(false);
    expect(await reopened.enqueue(message('e'), { key: 'scheduled:m1', value: '10:00' })).toBe(true);
    expect(await reopened.count()).toEqual({ pending: 3, failed: 0 });
  });
});
