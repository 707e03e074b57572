import { readConfig } from '@debrief/server';
import {
  addTimelineEvents,
  CloseCode,
  type CreateMeetingResponse,
  controlDocName,
  readTimeline,
  TIMELINE_EVENT_KINDS,
} from '@debrief/shared';
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectTestClient, type TestClient } from '../support/connectTestClient.ts';
import { createTestMeeting } from '../support/createTestMeeting.ts';
import { eventually } from '../support/eventually.ts';
import { openRawSocket, type RawSocket } from '../support/openRawSocket.ts';
import { readRefusals } from '../support/readRefusals.ts';
import { startTestServer, type TestServer } from '../support/startTestServer.ts';

let server: TestServer | null = null;
let meeting: CreateMeetingResponse | null = null;
const clients: TestClient[] = [];
const sockets: RawSocket[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  for (const raw of sockets.splice(0)) raw.socket.terminate();
  await server?.close();
  server = null;
  meeting = null;
});

/** A server with some limits set through the environment, as an operator would, and a meeting on it. */
async function start(
  env: Record<string, string> = {},
): Promise<{ server: TestServer; meeting: CreateMeetingResponse }> {
  server = await startTestServer(undefined, {}, env);
  meeting = await createTestMeeting(server.url);
  return { server, meeting };
}

function connect(docName?: string, token?: string): TestClient {
  if (!server || !meeting) throw new Error('Start the server first');
  const client = connectTestClient(server.wsUrl, docName ?? meeting.id, { token: token ?? meeting.tokens.participant });
  clients.push(client);
  return client;
}

async function openSocket(docName?: string, token?: string): Promise<RawSocket> {
  if (!server || !meeting) throw new Error('Start the server first');
  const raw = await openRawSocket(server.wsUrl, docName ?? meeting.id, token ?? meeting.tokens.participant);
  sockets.push(raw);
  return raw;
}

async function metric(name: string): Promise<number> {
  if (!server) throw new Error('Start the server first');
  const text = await (await fetch(`${server.url}/metrics`)).text();
  const value = new RegExp(`^${name} (\\d+)$`, 'm').exec(text)?.[1];
  if (value === undefined) throw new Error(`/metrics has no ${name}`);
  return Number(value);
}

/** Two well-behaved clients still sync through the room, and the server answers at once. */
async function expectRoomStillSyncs(marker: string): Promise<void> {
  const alice = connect();
  const bob = connect();
  await Promise.all([alice.synced(), bob.synced()]);
  alice.doc.getText('notes').insert(0, marker);
  await eventually(() => expect(bob.doc.getText('notes').toString()).toContain(marker));
  const started = Date.now();
  const health = await fetch(`${server?.url}/health`);
  expect(await health.json()).toEqual({ ok: true });
  expect(Date.now() - started).toBeLessThan(1000);
}

function syncUpdateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** An awareness message with one client's state, as y-websocket sends it. */
function awarenessMessage(clientId: number, clock: number, state: unknown): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, 1);
  encoding.writeVarUint(update, clientId);
  encoding.writeVarUint(update, clock);
  encoding.writeVarString(update, JSON.stringify(state));
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(update));
  return encoding.toUint8Array(encoder);
}

/** Every update a document makes from now on, one per transaction, as a client sends them. */
function recordUpdates(doc: Y.Doc): Uint8Array[] {
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  return updates;
}

describe('updates a second per connection', () => {
  it('closes a connection that floods updates with 4429, and the room keeps syncing', async () => {
    await start({ SYNC_UPDATES_PER_SECOND: '20' });
    const source = new Y.Doc();
    const updates = recordUpdates(source);
    for (let i = 0; i < 1000; i++) source.getText('notes').insert(0, 'x');
    const raw = await openSocket();
    for (const update of updates) raw.socket.send(syncUpdateMessage(update));
    expect(await raw.closed).toEqual({ code: CloseCode.rateLimited, reason: 'Too many messages; slow down' });
    expect(await metric('debrief_rate_limited_total')).toBe(1);
    await expectRoomStillSyncs('after the flood ');
  });

  it('closes a connection that floods presence messages with 4429', async () => {
    await start({ SYNC_PRESENCE_PER_SECOND: '20' });
    const raw = await openSocket();
    for (let clock = 1; clock <= 1000; clock++) raw.socket.send(awarenessMessage(1234, clock, { cursor: clock }));
    expect((await raw.closed).code).toBe(CloseCode.rateLimited);
    expect(await metric('debrief_rate_limited_total')).toBe(1);
    await expectRoomStillSyncs('after the presence flood ');
  });

  it('lets a busy client through with the defaults: a paste of 2,000 timeline events, then 1,000 quick edits', async () => {
    await start();
    const alice = connect();
    const bob = connect();
    await Promise.all([alice.synced(), bob.synced()]);
    const start2026 = Date.UTC(2026, 10, 20, 13, 0, 0);
    const pasted = addTimelineEvents(
      alice.doc,
      Array.from({ length: 2000 }, (_, i) => ({
        id: `event-${i}`,
        at: new Date(start2026 + i * 17_000).toISOString(),
        timeZone: 'Europe/Berlin',
        kind: TIMELINE_EVENT_KINDS[i % TIMELINE_EVENT_KINDS.length] ?? 'other',
        description: `Connection pool exhausted on checkout-api, replica lag alert muted as noisy (#${i})`,
        createdAt: start2026 + i,
      })),
    );
    expect(pasted.ok).toBe(true);
    const notes = alice.doc.getText('notes');
    for (let i = 0; i < 1000; i++) notes.insert(notes.length, `${i % 10}`);
    await eventually(() => {
      expect(readTimeline(bob.doc)).toHaveLength(2000);
      expect(bob.doc.getText('notes').length).toBe(1000);
    }, 15_000);
    expect(alice.provider.wsconnected).toBe(true);
    expect(await metric('debrief_rate_limited_total')).toBe(0);
    expect(await metric('debrief_full_document_refusals_total')).toBe(0);
  });
});

describe('presence size', () => {
  it('closes a connection that sends a presence state over 16 KiB with 4413, and nobody gets it', async () => {
    await start();
    const watcher = connect();
    await watcher.synced();
    const raw = await openSocket();
    raw.socket.send(awarenessMessage(4321, 1, { user: { id: 'x', name: 'y'.repeat(17 * 1024) } }));
    expect(await raw.closed).toEqual({ code: CloseCode.presenceTooLarge, reason: 'Presence too large' });
    expect(await metric('debrief_oversize_presence_total')).toBe(1);
    await expectRoomStillSyncs('after the large presence ');
    expect(watcher.provider.awareness.getStates().has(4321)).toBe(false);
  });
});

describe('document size', () => {
  it('drops an update that would take the document past its limit, tells the sender, and keeps the rest', async () => {
    await start({ MAX_DOCUMENT_BYTES: String(100 * 1024) });
    const alice = connect();
    const bob = connect();
    await Promise.all([alice.synced(), bob.synced()]);
    alice.doc.getText('notes').insert(0, 'a'.repeat(60 * 1024));
    await eventually(() => expect(bob.doc.getText('notes').length).toBe(60 * 1024));

    const source = new Y.Doc();
    source.getText('other').insert(0, 'b'.repeat(60 * 1024));
    const raw = await openSocket();
    raw.socket.send(syncUpdateMessage(Y.encodeStateAsUpdate(source)));
    await eventually(() => expect(readRefusals(raw.messages)).toEqual(['This meeting has reached its size limit']));
    expect(raw.socket.readyState).toBe(raw.socket.OPEN);
    expect(await metric('debrief_full_document_refusals_total')).toBe(1);

    // Small changes still fit, and reach everyone; the large one never did.
    bob.doc.getText('notes').insert(0, 'small ');
    await eventually(() => expect(alice.doc.getText('notes').toString()).toMatch(/^small a/));
    const carol = connect();
    await carol.synced();
    expect(carol.doc.getText('notes').toString()).toMatch(/^small a/);
    expect(carol.doc.getText('other').length).toBe(0);
    expect(bob.doc.getText('other').length).toBe(0);
  });
});

describe('connections per document', () => {
  it('closes the connection past the limit with 4409, and lets the next one in once someone leaves', async () => {
    const { meeting } = await start({ MAX_CONNECTIONS_PER_DOCUMENT: '3' });
    const first = await openSocket();
    await openSocket();
    await openSocket();
    const fourth = await openSocket();
    expect(await fourth.closed).toEqual({ code: CloseCode.meetingFull, reason: 'This meeting is full' });
    expect(await metric('debrief_full_meeting_refusals_total')).toBe(1);

    // Each document counts its own connections.
    const control = connect(controlDocName(meeting.id));
    await control.synced();

    first.socket.close();
    await first.closed;
    await eventually(async () => {
      const next = await openSocket();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(next.socket.readyState).toBe(next.socket.OPEN);
    });
  });
});

describe('slow connections', () => {
  it('closes a connection that stops reading with 4408 instead of buffering for it without end', async () => {
    await start({ MAX_BUFFERED_BYTES: String(256 * 1024), MAX_DOCUMENT_BYTES: String(256 * 1024 * 1024) });
    const alice = connect();
    const bob = connect();
    await Promise.all([alice.synced(), bob.synced()]);
    const slow = await openSocket();
    await eventually(() => expect(slow.messages.length).toBeGreaterThan(0));
    slow.socket.pause();

    // Edits of 1 MB each until the server gives up on the reader that reads nothing (the kernel's socket buffers
    // take the first few megabytes); everyone else gets each one.
    const writer = await openSocket();
    const source = new Y.Doc();
    const updates = recordUpdates(source);
    let sent = 0;
    while ((await metric('debrief_slow_connections_total')) === 0) {
      expect(sent).toBeLessThan(100);
      source.getText('notes').insert(0, `${sent % 10}`.repeat(1024 * 1024));
      writer.socket.send(syncUpdateMessage(updates[sent] as Uint8Array));
      sent++;
      await eventually(() => expect(bob.doc.getText('notes').length).toBe(sent * 1024 * 1024), 10_000);
    }
    slow.socket.resume();
    expect(await slow.closed).toEqual({ code: CloseCode.tooSlow, reason: 'Connection too slow; reconnecting' });
    expect(writer.socket.readyState).toBe(writer.socket.OPEN);
    alice.doc.getText('notes').insert(0, 'after the slow reader ');
    await eventually(() => expect(bob.doc.getText('notes').toString()).toMatch(/^after the slow reader /));
  });
});

describe('settings', () => {
  it('refuses a limit that is not a whole number above 0, in plain words', () => {
    expect(() => readConfig({ MAX_DOCUMENT_BYTES: 'lots' })).toThrow(
      'MAX_DOCUMENT_BYTES must be a whole number above 0, not "lots"',
    );
    expect(() => readConfig({ SYNC_UPDATES_PER_SECOND: '0' })).toThrow(
      'SYNC_UPDATES_PER_SECOND must be a whole number above 0, not "0"',
    );
    expect(readConfig({}).syncLimits).toEqual({
      updatesPerSecond: 200,
      presencePerSecond: 60,
      maxPresenceBytes: 16 * 1024,
      maxDocumentBytes: 32 * 1024 * 1024,
      maxConnectionsPerDocument: 500,
      maxBufferedBytes: 16 * 1024 * 1024,
    });
  });
});
