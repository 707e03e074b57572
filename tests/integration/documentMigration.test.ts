import { openSqliteDatabase } from '@debrief/server';
import { DOC_SCHEMA_VERSION } from '@debrief/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectTestClient } from '../support/connectTestClient.ts';
import { createTestMeeting } from '../support/createTestMeeting.ts';
import { replaceStoredDocument } from '../support/replaceStoredDocument.ts';
import { startTestServer } from '../support/startTestServer.ts';

describe('stored documents', () => {
  it('are migrated to the current schema on load, before the first sync, keeping their content', async () => {
    const first = await startTestServer();
    const { id, tokens } = await createTestMeeting(first.url);
    await first.close();

    // Replace the stored document with one written before schema versions existed, by a server that did not
    // keep the version in its store either.
    const db = openSqliteDatabase(first.dataDir);
    const legacy = new Y.Doc();
    legacy.getText('notes').insert(0, 'notes from an older Debrief');
    legacy.getMap('facts').set('impact', 'Checkout down for 38 minutes');
    replaceStoredDocument(db, id, Y.encodeStateAsUpdate(legacy));
    db.prepare('UPDATE meetings SET schema_version = NULL WHERE id = ?').run(id);
    db.close();

    const second = await startTestServer(first.dataDir);
    const client = connectTestClient(second.wsUrl, id, { token: tokens.participant });
    try {
      await client.synced();
      expect(client.doc.getText('notes').toString()).toBe('notes from an older Debrief');
      // Version 2 made the incident's texts shared texts, keeping what they said.
      const impact = client.doc.getMap('facts').get('impact');
      expect(impact).toBeInstanceOf(Y.Text);
      expect(String(impact)).toBe('Checkout down for 38 minutes');
      // The version lives in the server's store, no longer in the document.
      expect(client.doc.getMap('meta').has('schemaVersion')).toBe(false);
    } finally {
      client.destroy();
      await second.close();
    }
    const after = openSqliteDatabase(first.dataDir);
    try {
      expect(after.prepare('SELECT schema_version FROM meetings WHERE id = ?').get(id)).toEqual({
        schema_version: DOC_SCHEMA_VERSION,
      });
    } finally {
      after.close();
    }
  });
});
