import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSqliteRoomStore } from './createSqliteRoomStore.ts';
import { openSqliteDatabase } from './openSqliteDatabase.ts';
import { type CheckpointResult, startWalCheckpointer } from './startWalCheckpointer.ts';

const dirs: string[] = [];

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function openDatabase() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'debrief-checkpoint-'));
  dirs.push(dir);
  return openSqliteDatabase(dir);
}

describe('background checkpoints', () => {
  it('copies the log into the database file from another thread, while the writer never does', async () => {
    const db = openDatabase();
    const results: CheckpointResult[] = [];
    const checkpointer = startWalCheckpointer(db, { intervalMs: 50, onCheckpoint: (result) => results.push(result) });
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    const store = createSqliteRoomStore(db);
    for (let i = 0; i < 20; i++) await store.append('meeting', [Uint8Array.of(i)]);

    const deadline = Date.now() + 5000;
    while (!results.some((result) => result.checkpointedFrames > 0) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(results.some((result) => result.checkpointedFrames > 0)).toBe(true);

    await checkpointer.stop();
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    expect((await store.load('meeting')).updates).toHaveLength(20);
    db.close();
  });

  it('hands checkpoints back to SQLite when the thread fails', async () => {
    const db = openDatabase();
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      fs.rmSync(path.dirname(db.name), { recursive: true, force: true });
      const checkpointer = startWalCheckpointer(db, { intervalMs: 50 });
      const deadline = Date.now() + 5000;
      while (db.pragma('wal_autocheckpoint', { simple: true }) === 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
      expect(errors).toHaveLength(1);
      await checkpointer.stop();
    } finally {
      console.error = original;
      db.close();
    }
  });
});
