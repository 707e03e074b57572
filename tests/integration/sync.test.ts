import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { createTestMeeting } from '../support/createTestMeeting.ts';
import { eventually } from '../support/eventually.ts';
import { openRawSocket } from '../support/openRawSocket.ts';
import { useTestMeeting } from '../support/useTestMeeting.ts';

const room = useTestMeeting();
const connect = (docName?: string, token?: string) => room.connect(token, docName);

/** A y-websocket sync message: 0 asks for what the state vector lacks, 1 answers (step 2), 2 is an update. */
function syncMessage(syncType: 0 | 1 | 2, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, syncType);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/** Bytes of the largest document update among sync messages a socket received (answers and updates alike). */
function largestUpdate(messages: readonly Uint8Array[]): number {
  let largest = 0;
  for (const message of messages) {
    const decoder = decoding.createDecoder(message);
    if (decoding.readVarUint(decoder) !== 0) continue;
    if (decoding.readVarUint(decoder) === 0) continue;
    largest = Math.max(largest, decoding.readVarUint8Array(decoder).byteLength);
  }
  return largest;
}

async function readMetrics(): Promise<string> {
  return (await fetch(`${room.server.url}/metrics`)).text();
}

describe('sync between two clients', () => {
  it('converges on text, map and array edits', async () => {
    const alice = connect();
    const bob = connect();
    await Promise.all([alice.synced(), bob.synced()]);

    alice.doc.getText('notes').insert(0, 'Deploy started at 14:03. ');
    bob.doc.getText('notes').insert(0, 'Alert fired. ');
    alice.doc.getMap('checklist').set('severity', 'SEV2');
    bob.doc.getMap('checklist').set('impact', 'Checkout failed for 12 minutes');
    alice.doc.getArray<string>('tags').push(['database']);
    bob.doc.getArray<string>('tags').push(['deploy']);

    await eventually(() => {
      expect(bob.doc.getText('notes').toString()).toBe(alice.doc.getText('notes').toString());
      expect(alice.doc.getText('notes').length).toBe('Deploy started at 14:03. Alert fired. '.length);
      expect(bob.doc.getMap('checklist').toJSON()).toEqual({
        severity: 'SEV2',
        impact: 'Checkout failed for 12 minutes',
      });
      expect(alice.doc.getMap('checklist').toJSON()).toEqual(bob.doc.getMap('checklist').toJSON());
      expect(alice.doc.getArray('tags').toArray().sort()).toEqual(['database', 'deploy']);
      expect(bob.doc.getArray('tags').toArray()).toEqual(alice.doc.getArray('tags').toArray());
    });
  });

  it('delivers awareness to the other client and removes it when that client leaves', async () => {
    const person = await room.join('alice-secret-personal-key-0123');
    const alice = room.connect(undefined, undefined, person.params);
    const bob = connect();
    await Promise.all([alice.synced(), bob.synced()]);
    const user = { id: person.participantId, role: 'participant', name: 'Alice', color: '#2f5bea' };
    alice.provider.awareness.setLocalStateField('user', user);

    await eventually(() => {
      const states = [...bob.provider.awareness.getStates().values()];
      expect(states).toContainEqual(expect.objectContaining({ user }));
    });

    alice.provider.disconnect();
    await eventually(() => {
      expect(bob.provider.awareness.getStates().has(alice.doc.clientID)).toBe(false);
    });
  });

  it('gives a late joiner the full state', async () => {
    const alice = connect();
    await alice.synced();
    alice.doc.getText('notes').insert(0, 'First event');
    alice.doc.getMap('checklist').set('title', 'Checkout outage');

    const carol = connect();
    await carol.synced();
    await eventually(() => {
      expect(carol.doc.getText('notes').toString()).toBe('First event');
      expect(carol.doc.getMap('checklist').get('title')).toBe('Checkout outage');
    });
  });

  it('sends the others only what is new when a returning client answers with its whole document', async () => {
    const alice = connect();
    await alice.synced();
    alice.doc.getText('notes').insert(0, 'Timeline draft. '.repeat(4000));
    const bob = await openRawSocket(room.server.wsUrl, room.meeting.id, room.meeting.tokens.participant);
    bob.socket.send(syncMessage(0, Y.encodeStateVector(new Y.Doc())));
    await eventually(() => expect(largestUpdate(bob.messages)).toBeGreaterThan(50_000));
    bob.messages.length = 0;

    // Carol worked offline on a copy of the meeting and reconnects: her sync answer holds all of it.
    const carolDoc = new Y.Doc();
    Y.applyUpdate(carolDoc, Y.encodeStateAsUpdate(alice.doc));
    carolDoc.getText('notes').insert(0, 'Offline note. ');
    const carol = await openRawSocket(room.server.wsUrl, room.meeting.id, room.meeting.tokens.participant);
    carol.socket.send(syncMessage(1, Y.encodeStateAsUpdate(carolDoc)));

    await eventually(() => expect(alice.doc.getText('notes').toString()).toMatch(/^Offline note\. Timeline/));
    await eventually(() => expect(largestUpdate(bob.messages)).toBeGreaterThan(0));
    expect(largestUpdate(bob.messages)).toBeLessThan(1000);
    bob.socket.close();
    carol.socket.close();
  });

  it('delivers edits of every size intact, whatever length field their frame needs', async () => {
    const alice = connect();
    const bob = connect();
    await Promise.all([alice.synced(), bob.synced()]);
    const notes = alice.doc.getText('notes');
    for (const size of [20, 400, 70_000, 300_000]) {
      notes.insert(notes.length, `<${'x'.repeat(size)}>`);
      const expected = notes.toString();
      await eventually(() => expect(bob.doc.getText('notes').toString()).toBe(expected));
    }
  });

  it('keeps meetings apart', async () => {
    const other = await createTestMeeting(room.server.url, { title: 'Another incident' });
    const alice = connect();
    const bob = connect(other.id, other.tokens.participant);
    await Promise.all([alice.synced(), bob.synced()]);
    alice.doc.getText('notes').insert(0, 'only in the first meeting');
    const probe = connect();
    await eventually(() => expect(probe.doc.getText('notes').toString()).toBe('only in the first meeting'));
    expect(bob.doc.getText('notes').toString()).toBe('');
  });

  it('serves the health check and metrics', async () => {
    const health = await fetch(`${room.server.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true });

    const alice = connect();
    await alice.synced();
    alice.doc.getText('notes').insert(0, 'x');
    await eventually(async () => {
      const text = await readMetrics();
      expect(text).toMatch(/^debrief_connections 1$/m);
      expect(text).toMatch(/^debrief_updates_in_total [1-9]\d*$/m);
    });
  });
});

describe('rooms', () => {
  it('unloads a room when the last client leaves and loads it again from disk', async () => {
    await eventually(async () => expect(await readMetrics()).toMatch(/^debrief_documents 0$/m));
    const alice = connect();
    await alice.synced();
    alice.doc.getText('notes').insert(0, 'kept on disk');
    await eventually(async () => expect(await readMetrics()).toMatch(/^debrief_updates_in_total [1-9]\d*$/m));
    expect(await readMetrics()).toMatch(/^debrief_documents 1$/m);
    alice.destroy();
    await eventually(async () => expect(await readMetrics()).toMatch(/^debrief_documents 0$/m));

    const bob = connect();
    await bob.synced();
    await eventually(() => expect(bob.doc.getText('notes').toString()).toBe('kept on disk'));

    // After a change, a newcomer gets the document as it is now, not as it was loaded.
    bob.doc.getText('notes').insert(0, 'Changed after loading: ');
    await eventually(async () => expect(await readMetrics()).toMatch(/^debrief_updates_in_total ([2-9]|\d{2,})$/m));
    const carol = connect();
    await carol.synced();
    await eventually(() => expect(carol.doc.getText('notes').toString()).toBe('Changed after loading: kept on disk'));
  });

  it('loads a meeting as soon as a page asks about its link, and unloads it if nobody connects', async () => {
    await eventually(async () => expect(await readMetrics()).toMatch(/^debrief_documents 0$/m));
    const session = await fetch(`${room.server.url}/api/meetings/${room.meeting.id}/session`, {
      headers: { authorization: `Bearer ${room.meeting.tokens.participant}` },
    });
    expect(session.status).toBe(200);
    await eventually(async () => expect(await readMetrics()).toMatch(/^debrief_documents 1$/m));
    // A page that connects in time finds the room ready, and the room stays while it is connected.
    const alice = connect();
    await alice.synced();
    await new Promise((resolve) => setTimeout(resolve, 5_500));
    expect(await readMetrics()).toMatch(/^debrief_documents 1$/m);
    alice.destroy();
    await eventually(async () => expect(await readMetrics()).toMatch(/^debrief_documents 0$/m));

    // Nobody connects: the room is unloaded once the hold is over.
    await fetch(`${room.server.url}/api/meetings/${room.meeting.id}/session`, {
      headers: { authorization: `Bearer ${room.meeting.tokens.participant}` },
    });
    await eventually(async () => expect(await readMetrics()).toMatch(/^debrief_documents 1$/m));
    await eventually(async () => expect(await readMetrics()).toMatch(/^debrief_documents 0$/m), 10_000);
  });

  it('sends the whole document as a connection opens when its address asks for it, from disk or from memory', async () => {
    await eventually(async () => expect(await readMetrics()).toMatch(/^debrief_documents 0$/m));
    const alice = connect();
    await alice.synced();
    alice.doc.getText('notes').insert(0, 'Failover took 14 minutes');
    await eventually(async () => expect(await readMetrics()).toMatch(/^debrief_documents 1$/m));
    await new Promise((resolve) => setTimeout(resolve, 200));
    alice.destroy();
    await eventually(async () => expect(await readMetrics()).toMatch(/^debrief_documents 0$/m));

    // Nothing is sent on these sockets: the address alone asks for the document.
    const readWhole = async () => {
      const socket = new WebSocket(
        `${room.server.wsUrl}/${room.meeting.id}?token=${room.meeting.tokens.participant}&whole=1`,
      );
      const messages: Uint8Array[] = [];
      socket.binaryType = 'nodebuffer';
      socket.on('message', (data: Buffer) => messages.push(new Uint8Array(data)));
      const doc = new Y.Doc();
      await eventually(() => {
        for (const message of messages.splice(0)) {
          const decoder = decoding.createDecoder(message);
          if (decoding.readVarUint(decoder) !== 0 || decoding.readVarUint(decoder) !== 1) continue;
          Y.applyUpdate(doc, decoding.readVarUint8Array(decoder));
        }
        expect(doc.getText('notes').toString()).toBe('Failover took 14 minutes');
      });
      return socket;
    };
    const fromDisk = await readWhole();
    const fromMemory = await readWhole();
    fromDisk.close();
    fromMemory.close();
  });

  it('compacts a long update log and still loads every edit', async () => {
    const alice = connect();
    await alice.synced();
    const text = alice.doc.getText('notes');
    for (let i = 0; i < 1200; i++) {
      text.insert(text.length, `${i % 10}`);
      if (i % 100 === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    }
    const expected = text.toString();
    const bob = connect();
    await eventually(() => expect(bob.doc.getText('notes').toString()).toBe(expected));
    alice.destroy();
    bob.destroy();
    await eventually(async () => expect(await readMetrics()).toMatch(/^debrief_documents 0$/m));
    const carol = connect();
    await eventually(() => expect(carol.doc.getText('notes').toString()).toBe(expected));
  });
});
