import { createSqliteRoomStore, openSqliteDatabase, type RoomStore } from '@debrief/server';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectTestClient, type TestClient } from '../support/connectTestClient.ts';
import { createTestMeeting } from '../support/createTestMeeting.ts';
import { eventually } from '../support/eventually.ts';
import { createTempDataDir, startTestServer, type TestServer } from '../support/startTestServer.ts';

let server: TestServer | undefined;

async function readStoredNotes(store: RoomStore, docName: string): Promise<string> {
  const stored = await store.load(docName);
  const doc = new Y.Doc();
  for (const update of stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates)
    Y.applyUpdate(doc, update);
  return doc.getText('notes').toString();
}
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
      readSince: (name, afterSeq) => sqlite.readSince(name, afterSeq),
      append: (name, updates) => (failWrites ? Promise.reject(new Error('disk full')) : sqlite.append(name, updates)),
      compact: (name, snapshot, upTo) => sqlite.compact(name, snapshot, upTo),
      close: async () => {
        await sqlite.close();
        db.close();
      },
    };
    server = await startTestServer(dataDir, { stores: { rooms: store } });
    const { id, tokens } = await createTestMeeting(server.url);
    const writer = connectTestClient(server.wsUrl, id, { token: tokens.participant });
    const reader = connectTestClient(server.wsUrl, id, { token: tokens.participant });
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
    expect(await readStoredNotes(sqlite, id)).toBe('');

    failWrites = false;
    await eventually(
      () => expect(reader.doc.getText('notes').toString()).toBe('written while the disk is full'),
      10_000,
    );
    await eventually(async () => expect(await readStoredNotes(sqlite, id)).toBe('written while the disk is full'));
  });
});
