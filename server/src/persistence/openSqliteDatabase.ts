import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/** The database file's name under the data folder. */
export const DATABASE_FILE = 'debrief.sqlite';

/**
 * Opens (creating if needed) the SQLite file under `dataDir`, in WAL mode. The folder and the files are readable
 * by the server's own user only: they hold people's check-in notes and the meetings' content.
 */
export function openSqliteDatabase(dataDir: string): Database.Database {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(dataDir, DATABASE_FILE);
  if (!fs.existsSync(file)) fs.closeSync(fs.openSync(file, 'a', 0o600));
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // WAL + NORMAL keeps every committed transaction across a process crash.
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  // SQLite gives the -wal and -shm files the database file's permissions; older installs made it world-readable.
  for (const name of [file, `${file}-wal`, `${file}-shm`]) {
    if (fs.existsSync(name)) fs.chmodSync(name, 0o600);
  }
  return db;
}
