import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/** Opens (creating if needed) the SQLite file under `dataDir`, in WAL mode. */
export function openSqliteDatabase(dataDir: string): Database.Database {
  fs.mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, 'debrief.sqlite'));
  db.pragma('journal_mode = WAL');
  // WAL + NORMAL keeps every committed transaction across a process crash.
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  return db;
}
