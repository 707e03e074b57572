import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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
  it('gives a participant id to the first key that claims it, in each meeting apart, and keeps it on disk', async () => {
    const dir = openDir();
    const db = openSqliteDatabase(dir);
    const store = createSqliteParticipantStore(db);
    expect(await store.hasJoined('m1', 'p-ana')).toBe(false);
    expect(await store.claim('m1', 'p-ana', 'hash-of-anas-key')).toBe(true);
    expect(await store.claim('m1', 'p-ana', 'hash-of-anas-key')).toBe(true);
    expect(await store.claim('m1', 'p-ana', 'hash-of-another-key')).toBe(false);
    expect(await store.claim('m2', 'p-ana', 'hash-of-another-key')).toBe(true);
    expect(await store.hasJoined('m1', 'p-ana')).toBe(true);
    expect(await store.hasJoined('m1', 'p-ben')).toBe(false);
    db.close();

    const reopened = openSqliteDatabase(dir);
    const again = createSqliteParticipantStore(reopened);
    expect(await again.claim('m1', 'p-ana', 'hash-of-another-key')).toBe(false);
    expect(await again.claim('m1', 'p-ana', 'hash-of-anas-key')).toBe(true);
    reopened.close();
  });
});
