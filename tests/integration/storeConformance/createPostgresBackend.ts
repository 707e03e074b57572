import { createPostgresStores, type PostgresStores } from '@debrief/server';
import { startPostgres, type TestPostgres } from '../../support/services/startPostgres.ts';
import type { StoreBackend } from './StoreBackend.ts';

/** A throw-away PostgreSQL server, a new database for each test database, and two instances' stores on each. */
export function createPostgresBackend(): StoreBackend {
  let server: TestPostgres | undefined;
  return {
    name: 'PostgreSQL',
    sharedByInstances: true,
    async start() {
      server = await startPostgres();
    },
    async stop() {
      await server?.stop();
    },
    async openDatabase() {
      if (!server) throw new Error('The PostgreSQL backend is not started');
      const url = await server.createDatabase();
      const opened: PostgresStores[] = [];
      const open = async () => {
        const stores = await createPostgresStores(url);
        opened.push(stores);
        return stores.stores;
      };
      // Two instances starting at once on a new database both migrate it; the advisory lock makes them take turns.
      const [first, second] = await Promise.all([open(), open()]);
      return {
        stores: first,
        otherInstance: second,
        reopen: open,
        async close() {
          await Promise.all(opened.splice(0).map((stores) => stores.close()));
        },
      };
    },
  };
}
