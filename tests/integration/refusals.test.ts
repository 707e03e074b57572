import { createSqliteRoomStore, openSqliteDatabase, type RoomStore } from '@debrief/server';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as authProtocol from 'y-protocols/auth';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { connectTestClient, type TestClient } from '../support/connectTestClient.ts';
import { createTestMeeting } from '../support/createTestMeeting.ts';
import { eventually } from '../support/eventually.ts';
import type { JoinedPerson } from '../support/joinAs.ts';
import { openRawSocket } from '../support/openRawSocket.ts';
import { readRefusals } from '../support/readRefusals.ts';
import { createTempDataDir, startTestServer } from '../support/startTestServer.ts';
import { useTestMeeting } from '../support/useTestMeeting.ts';

const room = useTestMeeting();

const ANA_KEY = 'ana-secret-personal-key-1234';
const BEN_KEY = 'ben-secret-personal-key-5678';
const CY_KEY = 'cy-secret-personal-key-9012';
const READ_ONLY = 'This meeting is closed, or your link can only read it';

/** The reasons of the write refusals (y-protocols auth messages) a y-websocket client is sent from now on. */
function recordRefusals(client: TestClient): string[] {
  const reasons: string[] = [];
  client.provider.messageHandlers[2] = (_encoder, decoder) => {
    authProtocol.readAuthMessage(decoder, client.doc, (_doc, reason) => reasons.push(reason));
  };
  return reasons;
}

function syncMessage(syncType: 0 | 1 | 2, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, syncType);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/** Whether a message is a sync step 2, the answer to a sync step 1. */
function isSyncAnswer(message: Uint8Array): boolean {
  return message[0] === 0 && message[1] === 1;
}

const command = (type: string) => room.command(type);

/** A connection to the content document that shows who `person` is, with their presence set. */
async function showPresence(person: JoinedPerson, name: string): Promise<TestClient> {
  const client = room.connect(undefined, undefined, person.params);
  await client.synced();
  client.provider.awareness.setLocalState({
    user: { id: person.participantId, name, color: '#2f5bea', role: 'participant' },
    stage: 'prepare',
    focus: null,
  });
  return client;
}

function readName(client: TestClient, clientId: number): unknown {
  return (client.provider.awareness.getStates().get(clientId) as { user?: { name?: unknown } } | undefined)?.user?.name;
}

/** Sends an awareness entry over a client's own socket, as a modified client could. */
function sendAwarenessEntry(from: TestClient, clientId: number, clock: number, state: unknown): void {
  const forged = new awarenessProtocol.Awareness(new Y.Doc());
  forged.setLocalState(null);
  forged.meta.set(clientId, { clock, lastUpdated: 0 });
  if (state !== null) forged.states.set(clientId, state as Record<string, unknown>);
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(forged, [clientId]));
  forged.destroy();
  from.provider.ws?.send(encoding.toUint8Array(encoder));
}

describe('a write that is dropped', () => {
  it('is told to an observer, at most once a second however many it sends, and changes nothing', async () => {
    const alice = room.connect();
    await alice.synced();
    const source = new Y.Doc();
    const updates: Uint8Array[] = [];
    source.on('update', (update: Uint8Array) => updates.push(update));
    for (let i = 0; i < 50; i++) source.getText('notes').insert(0, `observer ${i} `);

    const observer = await openRawSocket(room.server.wsUrl, room.meeting.id, room.meeting.tokens.observer);
    for (const update of updates) observer.socket.send(syncMessage(2, update));
    // The answer to a sync step 1 comes after everything sent before it has been handled.
    observer.socket.send(syncMessage(0, Y.encodeStateVector(new Y.Doc())));
    await eventually(() => expect(observer.messages.some(isSyncAnswer)).toBe(true));
    expect(readRefusals(observer.messages)).toEqual([READ_ONLY]);
    expect(await room.metric('debrief_refused_writes_total')).toBe(50);

    await new Promise((resolve) => setTimeout(resolve, 1100));
    source.getText('notes').insert(0, 'once more ');
    observer.socket.send(syncMessage(2, updates.at(-1) as Uint8Array));
    await eventually(() => expect(readRefusals(observer.messages)).toEqual([READ_ONLY, READ_ONLY]));
    expect(observer.socket.readyState).toBe(observer.socket.OPEN);
    observer.socket.close();

    const probe = room.connect(room.meeting.tokens.observer);
    await probe.synced();
    expect(probe.doc.getText('notes').toString()).toBe('');
    expect(alice.doc.getText('notes').toString()).toBe('');
  });

  it('is told to a participant writing to a closed meeting', async () => {
    const alice = room.connect();
    const reasons = recordRefusals(alice);
    await alice.synced();
    expect(await command('close')).toBe(200);
    alice.doc.getText('notes').insert(0, 'written while closed');
    await eventually(() => expect(reasons).toEqual([READ_ONLY]));
  });

  it('is never told to an observer already in sync, whose sync answer repeats deletions', async () => {
    const alice = room.connect();
    await alice.synced();
    alice.doc.getText('notes').insert(0, 'Deploy started at 14:03. Alert fired.');
    alice.doc.getText('notes').delete(0, 25);
    const observer = room.connect(room.meeting.tokens.observer);
    const reasons = recordRefusals(observer);
    await observer.synced();
    await eventually(() => expect(observer.doc.getText('notes').toString()).toBe('Alert fired.'));
    for (let i = 1; i <= 3; i++) {
      observer.provider.disconnect();
      observer.provider.connect();
      await observer.synced();
      await eventually(async () => expect(await room.metric('debrief_redundant_updates_total')).toBe(i));
    }
    expect(reasons).toEqual([]);
    expect(await room.metric('debrief_refused_writes_total')).toBe(0);
  });
});

describe('presence', () => {
  it('from an observer, or from a connection that does not show who it is, never reaches anyone', async () => {
    const ana = await room.join(ANA_KEY);
    const anaClient = await showPresence(ana, 'Ana');
    const observer = room.connect(room.meeting.tokens.observer);
    const anonymous = room.connect();
    await Promise.all([observer.synced(), anonymous.synced()]);
    const before = await room.metric('debrief_dropped_presence_total');
    for (const [client, name] of [
      [observer, 'Watcher'],
      [anonymous, 'Nobody'],
    ] as const) {
      client.provider.awareness.setLocalState({
        user: { id: ana.participantId, name, color: '#000000', role: 'participant' },
        stage: 'prepare',
        focus: null,
      });
    }
    await eventually(async () =>
      expect(await room.metric('debrief_dropped_presence_total')).toBeGreaterThanOrEqual(before + 2),
    );
    // Presence sent after theirs reaches the others after theirs would have.
    anaClient.provider.awareness.setLocalStateField('focus', 'Timeline');
    await eventually(() => expect(readName(observer, anaClient.doc.clientID)).toBe('Ana'));
    await eventually(() =>
      expect((anonymous.provider.awareness.getStates().get(anaClient.doc.clientID) as { focus?: unknown })?.focus).toBe(
        'Timeline',
      ),
    );
    expect(anaClient.provider.awareness.getStates().has(observer.doc.clientID)).toBe(false);
    expect(anaClient.provider.awareness.getStates().has(anonymous.doc.clientID)).toBe(false);
    expect(observer.provider.awareness.getStates().has(anonymous.doc.clientID)).toBe(false);
  });

  it('counts the observers watching, in the server’s own state, and nothing else about them', async () => {
    const ana = room.connect();
    await ana.synced();
    const watchers = () =>
      [...ana.provider.awareness.getStates().values()]
        .map((state) => (state as { watchers?: number }).watchers)
        .find((count) => count !== undefined) ?? 0;
    const first = room.connect(room.meeting.tokens.observer);
    const second = room.connect(room.meeting.tokens.observer);
    await Promise.all([first.synced(), second.synced()]);
    await eventually(() => expect(watchers()).toBe(2));
    // A late joiner is told too, and nothing in any state says who the observers are.
    const late = room.connect();
    await late.synced();
    await eventually(() => expect([...late.provider.awareness.getStates().values()]).toContainEqual({ watchers: 2 }));
    first.destroy();
    second.destroy();
    await eventually(() => expect(watchers()).toBe(0));
  });

  it('of one person cannot be removed or overwritten by another', async () => {
    const [ana, ben, cy] = await Promise.all([room.join(ANA_KEY), room.join(BEN_KEY), room.join(CY_KEY)]);
    const anaClient = await showPresence(ana, 'Ana');
    const benClient = await showPresence(ben, 'Ben');
    const watcher = await showPresence(cy, 'Cy');
    const anaId = anaClient.doc.clientID;
    await eventually(() => expect(readName(watcher, anaId)).toBe('Ana'));
    const anaClock = anaClient.provider.awareness.meta.get(anaId)?.clock ?? 0;

    const benState = { user: { id: ben.participantId, name: 'Ben', color: '#2f5bea', role: 'participant' } };
    const posingAsAna = { user: { id: ana.participantId, name: 'Not Ana', color: '#2f5bea', role: 'participant' } };
    sendAwarenessEntry(benClient, anaId, anaClock, null);
    sendAwarenessEntry(benClient, anaId, anaClock + 1, null);
    sendAwarenessEntry(benClient, anaId, anaClock + 5, { ...benState, stage: 'prepare' });
    sendAwarenessEntry(benClient, anaId, anaClock + 6, { ...posingAsAna, stage: 'prepare' });
    // Ben's own presence, sent after those, reaches the watcher after them.
    benClient.provider.awareness.setLocalStateField('focus', 'Impact');
    await eventually(() =>
      expect((watcher.provider.awareness.getStates().get(benClient.doc.clientID) as { focus?: unknown })?.focus).toBe(
        'Impact',
      ),
    );
    expect(readName(watcher, anaId)).toBe('Ana');
    expect(watcher.provider.awareness.getStates().get(anaId)).toMatchObject({ user: { id: ana.participantId } });
    expect(await room.metric('debrief_dropped_presence_total')).toBeGreaterThanOrEqual(4);

    anaClient.provider.disconnect();
    await eventually(() => expect(watcher.provider.awareness.getStates().has(anaId)).toBe(false));
  });

  it('of a person reconnecting moves to the new connection with their next change, before the old one has gone', async () => {
    const [ana, cy] = await Promise.all([room.join(ANA_KEY), room.join(CY_KEY)]);
    const oldTab = await showPresence(ana, 'Ana');
    const watcher = await showPresence(cy, 'Cy');
    const anaId = oldTab.doc.clientID;
    await eventually(() => expect(readName(watcher, anaId)).toBe('Ana'));

    // The same browser on a new connection, while the server still holds the old one.
    const newConnection = room.connect(undefined, undefined, ana.params);
    await newConnection.synced();
    const clock = oldTab.provider.awareness.meta.get(anaId)?.clock ?? 0;
    const state = {
      user: { id: ana.participantId, name: 'Ana again', color: '#2f5bea', role: 'participant' },
      stage: 'lessons',
      focus: null,
    };
    sendAwarenessEntry(newConnection, anaId, clock + 1, state);
    await eventually(() => expect(readName(watcher, anaId)).toBe('Ana again'));

    // The old connection going away no longer takes the presence with it; the new one does.
    oldTab.provider.disconnect();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(readName(watcher, anaId)).toBe('Ana again');
    newConnection.provider.disconnect();
    await eventually(() => expect(watcher.provider.awareness.getStates().has(anaId)).toBe(false));
  });
});

describe('a client already in sync', () => {
  it('reconnecting stores and sends on nothing, though its sync answer repeats every deletion', async () => {
    const dataDir = createTempDataDir();
    const db = openSqliteDatabase(dataDir);
    const sqlite = createSqliteRoomStore(db);
    const appended: string[] = [];
    // The real SQLite store, noting which document each stored update belongs to.
    const store: RoomStore = {
      load: (name) => sqlite.load(name),
      readSince: (name, afterSeq) => sqlite.readSince(name, afterSeq),
      append: (name, updates) => {
        appended.push(...updates.map(() => name));
        return sqlite.append(name, updates);
      },
      compact: (name, snapshot, upTo) => sqlite.compact(name, snapshot, upTo),
      close: async () => {
        await sqlite.close();
        db.close();
      },
    };
    const server = await startTestServer(dataDir, { stores: { rooms: store } });
    const clients: TestClient[] = [];
    try {
      const { id, tokens } = await createTestMeeting(server.url);
      const alice = connectTestClient(server.wsUrl, id, { token: tokens.participant });
      const bob = connectTestClient(server.wsUrl, id, { token: tokens.participant });
      clients.push(alice, bob);
      await Promise.all([alice.synced(), bob.synced()]);
      alice.doc.getText('notes').insert(0, 'Deploy started at 14:03. Alert fired.');
      alice.doc.getText('notes').delete(0, 25);
      await eventually(() => expect(bob.doc.getText('notes').toString()).toBe('Alert fired.'));
      const storedBefore = appended.filter((name) => name === id).length;
      const bobUpdates: Uint8Array[] = [];
      bob.doc.on('update', (update: Uint8Array) => bobUpdates.push(update));

      for (let i = 0; i < 5; i++) {
        alice.provider.disconnect();
        alice.provider.connect();
        await alice.synced();
      }
      // Sent after the last reconnect's sync answer, so stored after it would have been.
      alice.doc.getText('notes').insert(12, ' Paged.');
      await eventually(() => expect(bob.doc.getText('notes').toString()).toBe('Alert fired. Paged.'));
      expect(appended.filter((name) => name === id).length).toBe(storedBefore + 1);
      expect(bobUpdates).toHaveLength(1);

      const carol = connectTestClient(server.wsUrl, id, { token: tokens.observer });
      clients.push(carol);
      await carol.synced();
      expect(carol.doc.getText('notes').toString()).toBe('Alert fired. Paged.');
    } finally {
      for (const client of clients) client.destroy();
      await server.close();
    }
  });
});
