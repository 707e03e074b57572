import { createSqliteRoomStore, openSqliteDatabase } from '@debrief/server';
import { DOC_SCHEMA_VERSION, readSchemaVersion } from '@debrief/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectTestClient } from '../support/connectTestClient.ts';
import { createTestMeeting } from '../support/createTestMeeting.ts';
import { startTestServer } from '../support/startTestServer.ts';

describe('stored documents', () => {
  it('are migrated to the current schema on load, before the first sync, keeping their content', async () => {
    const first = await startTestServer();
    const { id, tokens } = await createTestMeeting(first.url);
    await first.close();

    // Replace the stored document with one written before schema versions existed.
    const db = openSqliteDatabase(first.dataDir);
    const store = createSqliteRoomStore(db);
    const legacy = new Y.Doc();
    legacy.getText('notes').insert(0, 'notes from an older Debrief');
    const stored = await store.load(id);
    await store.compact(id, Y.encodeStateAsUpdate(legacy), stored.lastSeq);
    db.close();

    const second = await startTestServer(first.dataDir);
    const client = connectTestClient(second.wsUrl, id, { token: tokens.participant });
    try {
      await client.synced();
      expect(readSchemaVersion(client.doc)).toBe(DOC_SCHEMA_VERSION);
      expect(client.doc.getText('notes').toString()).toBe('notes from an older Debrief');
    } finally {
      client.destroy();
      await second.close();
    }
  });
});
