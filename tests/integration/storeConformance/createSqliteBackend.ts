import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createSqliteStores, openSqliteDatabase } from '@debrief/server';
import type { StoreBackend } from './StoreBackend.ts';

/** SQLite, one file per test database, each in a folder of its own removed when the backend stops. */
export function createSqliteBackend(): StoreBackend {
  const dirs: string[] = [];
  return {
    name: 'SQLite',
    sharedByInstances: false,
    async start() {},
    async stop() {
      for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
    },
    async openDatabase() {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'debrief-conformance-'));
      dirs.push(dir);
      const databases: ReturnType<typeof openSqliteDatabase>[] = [];
      const open = () => {
        const db = openSqliteDatabase(dir);
        databases.push(db);
        return createSqliteStores(db);
      };
      const stores = open();
      return {
        stores,
        otherInstance: stores,
        reopen: async () => open(),
        async close() {
          for (const db of databases.splice(0)) db.close();
        },
      };
    },
  };
}
