import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSqliteCheckOutRatingStore } from './createSqliteCheckOutRatingStore.ts';
import { openSqliteDatabase } from './openSqliteDatabase.ts';

const dirs: string[] = [];
function openDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'debrief-ratings-'));
  dirs.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('SQLite check-out rating store', () => {
  it('keeps one rating per person, counts them per meeting, and takes one back', async () => {
    const db = openSqliteDatabase(openDir());
    const store = createSqliteCheckOutRatingStore(db);
    await store.write('m1', 'rating-ana', 4);
    await store.write('m1', 'rating-ben', 4);
    expect(await store.counts('m1')).toEqual([0, 0, 0, 2, 0]);
    await store.write('m1', 'rating-ana', 1);
    await store.write('m2', 'rating-ana', 5);
    expect(await store.counts('m1')).toEqual([1, 0, 0, 1, 0]);
    expect(await store.read('m1', 'rating-ana')).toBe(1);
    await store.write('m1', 'rating-ana', null);
    expect(await store.counts('m1')).toEqual([0, 0, 0, 1, 0]);
    expect(await store.read('m1', 'rating-ana')).toBeNull();
    db.close();
  });

  it('keeps counts from before, once, only for a meeting that has none here yet', async () => {
    const db = openSqliteDatabase(openDir());
    const store = createSqliteCheckOutRatingStore(db);
    await store.importEarlier('m1', [0, 1, 0, 2, 0]);
    await store.importEarlier('m1', [0, 1, 0, 2, 0]);
    await store.write('m1', 'rating-jo', 5);
    expect(await store.counts('m1')).toEqual([0, 1, 0, 2, 1]);
    db.close();
  });

  it('gives ratings kept under a person’s old hash a random id as it opens, so they no longer join to anyone', async () => {
    const dir = openDir();
    const db = openSqliteDatabase(dir);
    createSqliteCheckOutRatingStore(db);
    const oldHash = 'a'.repeat(64);
    db.prepare('INSERT INTO check_out_ratings VALUES (?, ?, ?)').run('m1', oldHash, 4);
    db.close();
    const reopened = openSqliteDatabase(dir);
    const store = createSqliteCheckOutRatingStore(reopened);
    expect(await store.counts('m1')).toEqual([0, 0, 0, 1, 0]);
    expect(await store.read('m1', oldHash)).toBeNull();
    reopened.close();
  });
});
