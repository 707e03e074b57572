import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createSqliteParticipantStore } from './createSqliteParticipantStore.ts';
import { openSqliteDatabase } from './openSqliteDatabase.ts';

const dirs: string[] = [];
function openDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'debrief-participants-'));
  dirs.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('SQLite participant store', () => {
  it('records who joined each meeting apart, and keeps it on disk', async () => {
    const dir = openDir();
    const db = openSqliteDatabase(dir);
    const store = createSqliteParticipantStore(db);
    expect(await store.hasJoined('m1', 'p-ana')).toBe(false);
    await store.recordJoin('m1', 'p-ana');
    await store.recordJoin('m1', 'p-ana');
    expect(await store.hasJoined('m1', 'p-ana')).toBe(true);
    expect(await store.hasJoined('m2', 'p-ana')).toBe(false);
    // A derived id has no key hash, so no hash can be used as a claim of it.
    expect(await store.isLegacyClaim('m1', 'p-ana', '')).toBe(false);
    db.close();
    const again = createSqliteParticipantStore(openSqliteDatabase(dir));
    expect(await again.hasJoined('m1', 'p-ana')).toBe(true);
  });

  it('honours a claim made before ids were derived, by its own key only', async () => {
    const dir = openDir();
    const db = openSqliteDatabase(dir);
    const store = createSqliteParticipantStore(db);
    db.prepare('INSERT INTO meeting_participants VALUES (?, ?, ?, ?)').run('m1', 'p-old', 'hash-of-key', 1);
    expect(await store.isLegacyClaim('m1', 'p-old', 'hash-of-key')).toBe(true);
    expect(await store.isLegacyClaim('m1', 'p-old', 'hash-of-another-key')).toBe(false);
    expect(await store.isLegacyClaim('m1', 'p-never', 'hash-of-key')).toBe(false);
    db.close();
    expect(Database).toBeDefined();
  });
});
