import { controlDocName } from '@debrief/shared';
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { connectTestClient, type TestClient } from '../support/connectTestClient.ts';
import { createTestMeeting } from '../support/createTestMeeting.ts';
import { eventually } from '../support/eventually.ts';
import { openRawSocket, type RawSocket } from '../support/openRawSocket.ts';
import { type ServerProcess, spawnServerProcess } from '../support/spawnServerProcess.ts';
import { createTempDataDir } from '../support/startTestServer.ts';

const FRAMES = 3000;
const SOCKETS = 6;
/** The same frames on every run, unless FUZZ_SEED asks for others. */
const SEED = Number(process.env.FUZZ_SEED ?? 20261125);

let server: ServerProcess | null = null;
const clients: TestClient[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  if (server && server.child.exitCode === null) {
    server.child.kill('SIGTERM');
    await server.exited;
  }
  server = null;
});

/** A small seeded random number generator (mulberry32), so a failing run can be repeated. */
function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (below: number): number => Math.floor(next() * below);
  const bytes = (length: number): Uint8Array => Uint8Array.from({ length }, () => int(256));
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  return { next, int, bytes, pick };
}

type Random = ReturnType<typeof createRandom>;

/** Real y-websocket messages, as an honest client sends them: sync steps, updates, presence. */
function createRealMessages(): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  doc.getText('notes').insert(0, 'Deploy started at 14:03. Error rate rose. ');
  doc.getText('notes').delete(0, 7);
  doc.getMap('facts').set('severity', 'SEV2');
  doc.getArray('tags').push(['database', { nested: [1, 2, 3] }]);
  const messages: Uint8Array[] = [];
  const sync = (write: (encoder: encoding.Encoder) => void) => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    write(encoder);
    messages.push(encoding.toUint8Array(encoder));
  };
  sync((encoder) => syncProtocol.writeSyncStep1(encoder, doc));
  sync((encoder) => syncProtocol.writeSyncStep2(encoder, doc));
  for (const update of updates) sync((encoder) => syncProtocol.writeUpdate(encoder, update));
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.setLocalState({ user: { id: 'someone', name: 'Someone', color: '#123456', role: 'participant' } });
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]));
  messages.push(encoding.toUint8Array(encoder));
  awareness.destroy();
  return messages;
}

/** A varint as lib0 writes it, of any size, including ones no decoder should accept. */
function hugeVarint(random: Random): Uint8Array {
  const length = 5 + random.int(10);
  const bytes = Uint8Array.from({ length }, () => 0x80 | random.int(128));
  bytes[length - 1] = random.int(128);
  return bytes;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** One frame of bad input: random, cut short, altered, of an unknown type, with huge lengths, or text. */
function createFrame(random: Random, real: readonly Uint8Array[]): Uint8Array | string {
  const kind = random.int(8);
  if (kind === 0) return random.bytes(random.next() < 0.9 ? random.int(64) : random.int(8192));
  if (kind === 1) {
    const message = random.pick(real);
    return message.slice(0, random.int(message.length));
  }
  if (kind === 2) {
    const message = random.pick(real).slice();
    const flips = 1 + random.int(4);
    for (let i = 0; i < flips; i++) message[random.int(message.length)] = random.int(256);
    return message;
  }
  if (kind === 3) return concat(Uint8Array.of(2 + random.int(250)), random.bytes(random.int(32)));
  if (kind === 4) {
    const prefix = random.pick([Uint8Array.of(0, 0), Uint8Array.of(0, 1), Uint8Array.of(0, 2), Uint8Array.of(1)]);
    return concat(prefix, hugeVarint(random), random.bytes(random.int(16)));
  }
  if (kind === 5) return concat(hugeVarint(random), random.bytes(random.int(16)));
  if (kind === 6) return Buffer.from(random.bytes(random.int(64))).toString('latin1');
  // Now and then an honest message, so the fuzzed sockets also get past the first byte.
  return random.pick(real);
}

describe('random and broken frames on the sync socket', () => {
  it(`leave the process up, /health answering and two honest clients syncing (seed ${SEED})`, async () => {
    const dataDir = createTempDataDir();
    const started = await spawnServerProcess(dataDir, { LOG_REQUESTS: '0' });
    server = started;
    const meeting = await createTestMeeting(started.url);
    const alice = connectTestClient(started.wsUrl, meeting.id, { token: meeting.tokens.participant });
    const bob = connectTestClient(started.wsUrl, meeting.id, { token: meeting.tokens.participant });
    clients.push(alice, bob);
    await Promise.all([alice.synced(), bob.synced()]);

    const random = createRandom(SEED);
    const real = createRealMessages();
    const targets = [
      { docName: meeting.id, token: meeting.tokens.participant },
      { docName: meeting.id, token: meeting.tokens.observer },
      { docName: controlDocName(meeting.id), token: meeting.tokens.participant },
    ];
    const open = (index: number): Promise<RawSocket> => {
      const target = targets[index % targets.length] as (typeof targets)[number];
      return openRawSocket(started.wsUrl, target.docName, target.token);
    };
    const sockets = await Promise.all(Array.from({ length: SOCKETS }, (_, index) => open(index)));
    let reopened = 0;
    for (let sent = 0; sent < FRAMES; ) {
      for (let index = 0; index < SOCKETS && sent < FRAMES; index++) {
        let raw = sockets[index] as RawSocket;
        if (raw.socket.readyState !== raw.socket.OPEN) {
          raw = await open(index);
          sockets[index] = raw;
          reopened++;
        }
        for (let i = 0; i < 10 && sent < FRAMES; i++, sent++) raw.socket.send(createFrame(random, real));
      }
      // Now and then the honest clients edit in the middle of it all.
      if (sent % 300 === 0) alice.doc.getText('notes').insert(0, `${sent} `);
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    for (const raw of sockets) raw.socket.terminate();

    expect(started.child.exitCode).toBeNull();
    const health = await fetch(`${started.url}/health`);
    expect(await health.json()).toEqual({ ok: true });
    alice.doc.getText('notes').insert(0, 'from alice after the fuzz. ');
    bob.doc.getMap('facts').set('after', 'from bob after the fuzz');
    await eventually(() => {
      expect(bob.doc.getText('notes').toString()).toContain('from alice after the fuzz. ');
      expect(alice.doc.getMap('facts').get('after')).toBe('from bob after the fuzz');
      expect(bob.doc.getText('notes').toString()).toBe(alice.doc.getText('notes').toString());
    }, 10_000);
    // Bad input is the sender's fault: it never reaches the path for faults of the server's own.
    expect(started.output()).not.toContain('Could not handle a message');
    expect(reopened).toBeGreaterThan(0);
    const metrics = await (await fetch(`${started.url}/metrics`)).text();
    expect(Number(/^debrief_malformed_messages_total (\d+)$/m.exec(metrics)?.[1])).toBeGreaterThan(100);
  });
});
