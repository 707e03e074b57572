import { createSqliteRoomStore, openSqliteDatabase, type RoomStore } from '@debrief/server';
import { afterEach, describe, expect, it } from 'vitest';
import { connectTestClient, type TestClient } from '../support/connectTestClient.ts';
import { eventually } from '../support/eventually.ts';
import { createTempDataDir, startTestServer, type TestServer } from '../support/startTestServer.ts';

let server: TestServer | undefined;
const clients: TestClient[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server?.close();
});

describe('when the store cannot write', () => {
  it('neither broadcasts nor keeps the update, closes the writer with 4500, and resyncs it later', async () => {
    const dataDir = createTempDataDir();
    const db = openSqliteDatabase(dataDir);
    const sqlite = createSqliteRoomStore(db);
    let failWrites = false;
    // The real SQLite store, with appends refused while the disk is "full".
    const store: RoomStore = {
      load: (name) => sqlite.load(name),
      append: (name, updates) => (failWrites ? Promise.reject(new Error('disk full')) : sqlite.append(name, updates)),
      compact: (name, snapshot, upTo) => sqlite.compact(name, snapshot, upTo),
      close: async () => {
        await sqlite.close();
        db.close();
      },
    };
    server = await startTestServer(dataDir, { store });
    const writer = connectTestClient(server.wsUrl, 'full-disk');
    const reader = connectTestClient(server.wsUrl, 'full-disk');
    clients.push(writer, reader);
    await Promise.all([writer.synced(), reader.synced()]);

    const closeCodes: number[] = [];
    writer.provider.on('connection-close', (event) => {
      if (event) closeCodes.push(event.code);
    });
    failWrites = true;
    writer.doc.getText('notes').insert(0, 'written while the disk is full');
    await eventually(() => expect(closeCodes).toContain(4500));
    expect(reader.doc.getText('notes').toString()).toBe('');
    expect((await sqlite.load('full-disk')).updates).toHaveLength(0);

    failWrites = false;
    await eventually(
      () => expect(reader.doc.getText('notes').toString()).toBe('written while the disk is full'),
      10_000,
    );
    const stored = await sqlite.load('full-disk');
    expect(stored.updates.length).toBeGreaterThan(0);
  });
});
