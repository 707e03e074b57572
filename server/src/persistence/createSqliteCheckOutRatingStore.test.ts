import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSqliteCheckOutRatingStore } from './createSqliteCheckOutRatingStore.ts';
import { openSqliteDatabase } from './openSqliteDatabase.ts';

const dirs: string[] = [];
function openStore() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'debrief-ratings-'));
  dirs.push(dir);
  const db = openSqliteDatabase(dir);
  return { db, store: createSqliteCheckOutRatingStore(db) };
}

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('SQLite check-out rating store', () => {
  it('keeps one rating per person, counts them per meeting, and takes one back', async () => {
    const { db, store } = openStore();
    const none = [0, 0, 0, 0, 0] as const;
    expect(await store.write('m1', 'hash-ana', 4, none)).toEqual([0, 0, 0, 1, 0]);
    expect(await store.write('m1', 'hash-ben', 4, none)).toEqual([0, 0, 0, 2, 0]);
    expect(await store.write('m1', 'hash-ana', 1, none)).toEqual([1, 0, 0, 1, 0]);
    expect(await store.write('m2', 'hash-ana', 5, none)).toEqual([0, 0, 0, 0, 1]);
    expect(await store.read('m1', 'hash-ana')).toBe(1);
    expect(await store.write('m1', 'hash-ana', null, none)).toEqual([0, 0, 0, 1, 0]);
    expect(await store.read('m1', 'hash-ana')).toBeNull();
    db.close();
  });

  it('keeps the counts a document had from before, once, when a meeting has none here yet', async () => {
    const { db, store } = openStore();
    const earlier = [0, 1, 0, 2, 0] as const;
    expect(await store.write('m1', 'hash-jo', 5, earlier)).toEqual([0, 1, 0, 2, 1]);
    expect(await store.write('m1', 'hash-sam', 3, [0, 1, 0, 2, 1])).toEqual([0, 1, 1, 2, 1]);
    db.close();
  });
});
