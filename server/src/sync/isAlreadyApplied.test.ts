import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { isAlreadyApplied } from './isAlreadyApplied.ts';

/** A document with some text, part of it deleted, and a copy of it as the server would hold it. */
function documentsInSync(): { client: Y.Doc; server: Y.Doc } {
  const client = new Y.Doc();
  client.getText('notes').insert(0, 'Deploy started at 14:03, alert fired.');
  client.getText('notes').delete(0, 7);
  client.getMap('facts').set('severity', 'SEV2');
  client.getMap('facts').set('severity', 'SEV1');
  const server = new Y.Doc();
  Y.applyUpdate(server, Y.encodeStateAsUpdate(client));
  return { client, server };
}

function syncStep2(from: Y.Doc, to: Y.Doc) {
  return Y.decodeUpdate(Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
}

describe('isAlreadyApplied', () => {
  it('is true for the sync step 2 of a client in sync, which carries its whole delete set', () => {
    const { client, server } = documentsInSync();
    const step2 = syncStep2(client, server);
    expect(step2.ds.clients.size).toBeGreaterThan(0);
    expect(isAlreadyApplied(server, step2)).toBe(true);
    expect(isAlreadyApplied(server, Y.decodeUpdate(Y.encodeStateAsUpdate(client)))).toBe(true);
  });

  it('is false for an update with a new insertion', () => {
    const { client, server } = documentsInSync();
    const updates: Uint8Array[] = [];
    client.on('update', (update: Uint8Array) => updates.push(update));
    client.getText('notes').insert(0, 'New: ');
    expect(isAlreadyApplied(server, Y.decodeUpdate(updates[0] as Uint8Array))).toBe(false);
    expect(isAlreadyApplied(server, syncStep2(client, server))).toBe(false);
  });

  it('is false for an update that only deletes something the server still has', () => {
    const { client, server } = documentsInSync();
    const updates: Uint8Array[] = [];
    client.on('update', (update: Uint8Array) => updates.push(update));
    client.getText('notes').delete(0, 3);
    expect(Y.decodeUpdate(updates[0] as Uint8Array).structs).toHaveLength(0);
    expect(isAlreadyApplied(server, Y.decodeUpdate(updates[0] as Uint8Array))).toBe(false);
    expect(isAlreadyApplied(server, syncStep2(client, server))).toBe(false);
  });

  it('is false for anything from a client the server has never seen', () => {
    const { server } = documentsInSync();
    const stranger = new Y.Doc();
    stranger.getText('notes').insert(0, 'hello');
    stranger.getText('notes').delete(0, 1);
    const update = Y.decodeUpdate(Y.encodeStateAsUpdate(stranger));
    expect(isAlreadyApplied(server, update)).toBe(false);
    expect(isAlreadyApplied(server, { structs: [], ds: update.ds })).toBe(false);
  });

  it('is true for an empty update', () => {
    const { server } = documentsInSync();
    expect(isAlreadyApplied(server, Y.decodeUpdate(Uint8Array.of(0, 0)))).toBe(true);
  });
});
