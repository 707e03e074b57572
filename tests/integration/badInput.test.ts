import net from 'node:net';
import * as encoding from 'lib0/encoding';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectTestClient, type TestClient } from '../support/connectTestClient.ts';
import { createTestMeeting } from '../support/createTestMeeting.ts';
import { eventually } from '../support/eventually.ts';
import { openRawSocket } from '../support/openRawSocket.ts';
import { startTestServer, type TestServer } from '../support/startTestServer.ts';

let server: TestServer;
let alice: TestClient;
let bob: TestClient;
let room: string;
let token: string;

beforeEach(async () => {
  server = await startTestServer();
  const meeting = await createTestMeeting(server.url);
  room = meeting.id;
  token = meeting.tokens.participant;
  alice = connectTestClient(server.wsUrl, room, { token });
  bob = connectTestClient(server.wsUrl, room, { token });
  await Promise.all([alice.synced(), bob.synced()]);
});

afterEach(async () => {
  alice.destroy();
  bob.destroy();
  await server.close();
});

/** The room still works for well-behaved clients, and the server still answers. */
async function expectRoomStillSyncs(marker: string): Promise<void> {
  alice.doc.getText('notes').insert(0, marker);
  await eventually(() => expect(bob.doc.getText('notes').toString()).toContain(marker));
  const health = await fetch(`${server.url}/health`);
  expect(await health.json()).toEqual({ ok: true });
}

function syncUpdateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

describe('bad input on the sync socket', () => {
  it('closes a connection that sends a malformed frame with 4400', async () => {
    const raw = await openRawSocket(server.wsUrl, room, token);
    raw.socket.send(Uint8Array.of(0, 0, 200));
    expect((await raw.closed).code).toBe(4400);
    await expectRoomStillSyncs('after malformed ');
  });

  it('closes a connection that sends text instead of binary', async () => {
    const raw = await openRawSocket(server.wsUrl, room, token);
    raw.socket.send('hello');
    expect((await raw.closed).code).toBe(4400);
    await expectRoomStillSyncs('after text ');
  });

  it('ignores an unknown message type and keeps the connection', async () => {
    const raw = await openRawSocket(server.wsUrl, room, token);
    raw.socket.send(Uint8Array.of(42, 1, 2, 3));
    await expectRoomStillSyncs('after unknown ');
    expect(raw.socket.readyState).toBe(raw.socket.OPEN);
    raw.socket.close();
  });

  it('drops a truncated Yjs update without applying or storing any of it', async () => {
    const source = new Y.Doc();
    source.getText('notes').insert(0, 'this update is cut short');
    const update = Y.encodeStateAsUpdate(source);
    const raw = await openRawSocket(server.wsUrl, room, token);
    raw.socket.send(syncUpdateMessage(update.slice(0, update.length - 6)));
    expect((await raw.closed).code).toBe(4400);
    await expectRoomStillSyncs('after truncated ');
    expect(bob.doc.getText('notes').toString()).not.toContain('cut short');
  });

  it('closes a connection that sends a frame over 2 MiB with 1009', async () => {
    const raw = await openRawSocket(server.wsUrl, room, token);
    raw.socket.send(new Uint8Array(2 * 1024 * 1024 + 1024));
    expect((await raw.closed).code).toBe(1009);
    await expectRoomStillSyncs('after oversize ');
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toMatch(/^debrief_oversize_messages_total 1$/m);
  });

  it('survives a websocket protocol error on one socket', async () => {
    const { port } = server;
    const socket = net.connect(port, '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.write(
      [
        `GET /sync/${room}?token=${token} HTTP/1.1`,
        `Host: 127.0.0.1:${port}`,
        'Upgrade: websocket',
        'Connection: Upgrade',
        'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
        'Sec-WebSocket-Version: 13',
        '',
        '',
      ].join('\r\n'),
    );
    await new Promise<void>((resolve) => socket.once('data', () => resolve()));
    // An unmasked frame with a reserved opcode breaks the protocol twice over.
    socket.write(Buffer.from([0x83, 0x02, 0x01, 0x02]));
    await new Promise<void>((resolve) => socket.once('close', () => resolve()));
    await expectRoomStillSyncs('after protocol error ');
  });
});
