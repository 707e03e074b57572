import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSqliteRoomStore } from './createSqliteRoomStore.ts';
import { openSqliteDatabase } from './openSqliteDatabase.ts';

const dirs: string[] = [];
function openStore() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'debrief-store-'));
  dirs.push(dir);
  const db = openSqliteDatabase(dir);
  return { db, store: createSqliteRoomStore(db), dir };
}

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('SQLite room store', () => {
  it('uses WAL mode', () => {
    const { db } = openStore();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('loads nothing for an unknown document', async () => {
    const { db, store } = openStore();
    expect(await store.load('nothing')).toEqual({ snapshot: null, updates: [], lastSeq: 0 });
    db.close();
  });

  it('appends updates in order and keeps documents apart', async () => {
    const { db, store } = openStore();
    await store.append('a', [Uint8Array.of(1), Uint8Array.of(2)]);
    await store.append('b', [Uint8Array.of(9)]);
    const seq = await store.append('a', [Uint8Array.of(3)]);
    const loaded = await store.load('a');
    expect(loaded.updates.map((u) => [...u])).toEqual([[1], [2], [3]]);
    expect(loaded.lastSeq).toBe(seq);
    expect((await store.load('b')).updates.map((u) => [...u])).toEqual([[9]]);
    db.close();
  });

  it('compaction replaces the log up to a position with a snapshot and keeps later updates', async () => {
    const { db, store } = openStore();
    const upTo = await store.append('a', [Uint8Array.of(1), Uint8Array.of(2)]);
    const later = await store.append('a', [Uint8Array.of(3)]);
    await store.compact('a', Uint8Array.of(7, 7), upTo);
    const loaded = await store.load('a');
    expect([...(loaded.snapshot ?? [])]).toEqual([7, 7]);
    expect(loaded.updates.map((u) => [...u])).toEqual([[3]]);
    expect(loaded.lastSeq).toBe(later);
    db.close();
  });

  it('keeps everything across reopening the file', async () => {
    const { db, store, dir } = openStore();
    await store.append('a', [Uint8Array.of(4)]);
    db.close();
    const reopened = openSqliteDatabase(dir);
    const loaded = await createSqliteRoomStore(reopened).load('a');
    expect(loaded.updates.map((u) => [...u])).toEqual([[4]]);
    reopened.close();
  });

  it('keeps counting positions after a compaction folded the whole log, also after reopening', async () => {
    const { db, store, dir } = openStore();
    const upTo = await store.append('a', [Uint8Array.of(1), Uint8Array.of(2)]);
    await store.compact('a', Uint8Array.of(7), upTo);
    db.close();
    const reopened = openSqliteDatabase(dir);
    const again = createSqliteRoomStore(reopened);
    expect((await again.load('a')).lastSeq).toBe(upTo);
    const next = await again.append('a', [Uint8Array.of(3)]);
    expect(next).toBeGreaterThan(upTo);
    await again.compact('a', Uint8Array.of(8), upTo);
    expect((await again.load('a')).updates.map((u) => [...u])).toEqual([[3]]);
    reopened.close();
  });

  it('moves the updates of a database from before the log was keyed by document', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'debrief-store-'));
    dirs.push(dir);
    const db = openSqliteDatabase(dir);
    db.exec(`
      CREATE TABLE doc_updates (seq INTEGER PRIMARY KEY AUTOINCREMENT, doc_name TEXT NOT NULL, data BLOB NOT NULL);
      INSERT INTO doc_updates (doc_name, data) VALUES ('a', x'01'), ('b', x'09'), ('a', x'02');
    `);
    const store = createSqliteRoomStore(db);
    const loaded = await store.load('a');
    expect(loaded.updates.map((u) => [...u])).toEqual([[1], [2]]);
    expect(loaded.lastSeq).toBe(3);
    expect((await store.load('b')).updates.map((u) => [...u])).toEqual([[9]]);
    expect(await store.append('a', [Uint8Array.of(3)])).toBe(4);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'doc_updates'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('refuses to work once closed', async () => {
    const { db, store } = openStore();
    await store.close();
    await expect(store.append('a', [Uint8Array.of(1)])).rejects.toThrow(/closed/);
    db.close();
  });
});
