import { afterEach } from 'vitest';
import type { StoreBackend, TestDatabase } from './StoreBackend.ts';

/** Opens fresh databases of the backend for a test, each closed after it. */
export function useTestDatabase(backend: StoreBackend): () => Promise<TestDatabase> {
  const open: TestDatabase[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((database) => database.close()));
  });
  return async () => {
    const database = await backend.openDatabase();
    open.push(database);
    return database;
  };
}
