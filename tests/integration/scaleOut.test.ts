import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { controlDocName, readControlState } from '@debrief/shared';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { connectTestClient, type TestClient } from '../support/connectTestClient.ts';
import { createTestMeeting } from '../support/createTestMeeting.ts';
import { eventually } from '../support/eventually.ts';
import { joinAs } from '../support/joinAs.ts';
import { startPostgres, type TestPostgres } from '../support/services/startPostgres.ts';
import { startRedis, type TestRedis } from '../support/services/startRedis.ts';
import { type ServerProcess, spawnServerProcess } from '../support/spawnServerProcess.ts';

// Several Debrief instances behind no load balancer at all: each client picks its instance, as a load balancer
// without sticky sessions might. They share one PostgreSQL and one Redis, both real and throw-away.

let postgres: TestPostgres;
let redis: TestRedis;
let databaseUrl: string;
const instances: ServerProcess[] = [];
const clients: TestClient[] = [];
const dataDirs: string[] = [];

async function startInstance(): Promise<ServerProcess> {
  // Each has a data folder of its own, which stays empty: everything lives in PostgreSQL.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'debrief-instance-'));
  dataDirs.push(dataDir);
  const instance = await spawnServerProcess(dataDir, {
    DATABASE_URL: databaseUrl,
    REDIS_URL: redis.url,
    LOG_REQUESTS: '0',
  });
  instances.push(instance);
  return instance;
}

function connect(instance: ServerProcess, docName: string, options: Parameters<typeof connectTestClient>[2] = {}) {
  const client = connectTestClient(instance.wsUrl, docName, options);
  clients.push(client);
  return client;
}

async function command(instance: ServerProcess, meetingId: string, token: string, body: unknown) {
  const response = await fetch(`${instance.url}/api/meetings/${meetingId}/commands`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { state?: { stage: string } } };
}

function kill(instance: ServerProcess): Promise<number | null> {
  instance.child.kill('SIGKILL');
  return instance.exited;
}

beforeAll(async () => {
  [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
  databaseUrl = await postgres.createDatabase();
  // The first one migrates the schema; the others start against it at the same moment.
  await Promise.all([startInstance(), startInstance(), startInstance()]);
}, 90_000);

afterAll(async () => {
  for (const client of clients.splice(0)) client.destroy();
  for (const instance of instances) {
    if (instance.child.exitCode === null && instance.child.signalCode === null) instance.child.kill('SIGTERM');
  }
  await Promise.all(instances.map((instance) => instance.exited));
  await Promise.all([postgres?.stop(), redis?.stop()]);
  for (const dir of dataDirs) fs.rmSync(dir, { recursive: true, force: true });
}, 60_000);

describe('several instances on PostgreSQL and Redis', () => {
  it('keeps clients on different instances in step: text, maps and presence, both ways', async () => {
    const [a, b] = instances as [ServerProcess, ServerProcess];
    const meeting = await createTestMeeting(a.url);
    const alice = await joinAs({ server: a, meeting }, 'alice-secret-key-0123456789');
    const bob = await joinAs({ server: b, meeting }, 'bob-secret-key-0123456789');
    const onA = connect(a, meeting.id, { token: meeting.tokens.participant, params: alice.params });
    const onB = connect(b, meeting.id, { token: meeting.tokens.participant, params: bob.params });
    await Promise.all([onA.synced(), onB.synced()]);

    onA.doc.getText('notes').insert(0, 'Failover took 14 minutes. ');
    onB.doc.getMap('facts').set('region', 'eu-west-1');
    await eventually(() => {
      expect(onB.doc.getText('notes').toString()).toBe('Failover took 14 minutes. ');
      expect(onA.doc.getMap('facts').get('region')).toBe('eu-west-1');
    });
    // Typed at the same moment on both sides: both instances end with the same merge.
    onA.doc.getText('notes').insert(0, 'A: ');
    onB.doc.getText('notes').insert(onB.doc.getText('notes').length, 'B: alerts fired late.');
    await eventually(() => {
      const text = onA.doc.getText('notes').toString();
      expect(text).toBe('A: Failover took 14 minutes. B: alerts fired late.');
      expect(onB.doc.getText('notes').toString()).toBe(text);
    });

    onA.provider.awareness.setLocalState({
      user: { id: alice.participantId, name: 'Alice', color: '#2563eb', role: 'participant' },
    });
    await eventually(() => {
      const names = [...onB.provider.awareness.getStates().values()].map(
        (state) => (state as { user?: { name?: string } }).user?.name,
      );
      expect(names).toContain('Alice');
    });
    // Observers show no presence of their own: each instance counts those watching through it, for everyone.
    const watching = [a, b].map((instance) => connect(instance, meeting.id, { token: meeting.tokens.observer }));
    await eventually(() => {
      const counts = [...onB.provider.awareness.getStates().values()].map(
        (state) => (state as { watchers?: number }).watchers ?? 0,
      );
      expect(counts.reduce((sum, count) => sum + count, 0)).toBe(2);
    });
    for (const observer of watching) observer.provider.disconnect();

    // Leaving takes the presence away on the other instance too.
    const aliceId = onA.doc.clientID;
    onA.provider.disconnect();
    await eventually(() => expect(onB.provider.awareness.getStates().has(aliceId)).toBe(false));
  });

  it("keeps each document's Redis stream only while it is in use", async () => {
    const [a, b] = instances as [ServerProcess, ServerProcess];
    const meeting = await createTestMeeting(a.url);
    const writer = connect(a, meeting.id, { token: meeting.tokens.participant });
    const reader = connect(b, meeting.id, { token: meeting.tokens.participant });
    await Promise.all([writer.synced(), reader.synced()]);
    writer.doc.getText('notes').insert(0, 'kept in PostgreSQL, passed on through Redis');
    await eventually(() => expect(reader.doc.getText('notes').length).toBeGreaterThan(0));
    const redisClient = new Redis(redis.url);
    try {
      const key = `debrief:doc:${meeting.id}`;
      expect(await redisClient.xlen(key)).toBeGreaterThan(0);
      // It disappears after ten idle minutes; PostgreSQL has everything in it.
      const ttl = await redisClient.pttl(key);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(10 * 60_000);
    } finally {
      redisClient.disconnect();
    }
  });

  it('takes stage commands on either instance, one at a time, and every instance shows the result', async () => {
    const [a, b, c] = instances as [ServerProcess, ServerProcess, ServerProcess];
    const meeting = await createTestMeeting(a.url);
    const watchers = [a, b, c].map((instance) =>
      connect(instance, controlDocName(meeting.id), { token: meeting.tokens.observer }),
    );
    await Promise.all(watchers.map((watcher) => watcher.synced()));
    const facilitator = meeting.tokens.facilitator;

    expect((await command(b, meeting.id, facilitator, { type: 'setMaxActions', actions: 4 })).status).toBe(200);
    await eventually(() => {
      for (const watcher of watchers) expect(readControlState(watcher.doc)?.maxActions).toBe(4);
    });

    // Sent at the same moment to two instances: each is decided on the other's result, so the meeting moves on twice.
    const before = readControlState(watchers[0]?.doc as Y.Doc)?.stage;
    const [first, second] = await Promise.all([
      command(a, meeting.id, facilitator, { type: 'advance' }),
      command(b, meeting.id, facilitator, { type: 'advance' }),
    ]);
    expect([first.status, second.status]).toEqual([200, 200]);
    const stages = [first.body.state?.stage, second.body.state?.stage];
    expect(new Set(stages).size).toBe(2);
    expect(stages).not.toContain(before);
    await eventually(() => {
      const shown = watchers.map((watcher) => readControlState(watcher.doc)?.stage);
      expect(new Set(shown).size).toBe(1);
      expect(stages).toContain(shown[0]);
      expect(shown[0]).not.toBe(before);
    });
    // An instance that never served the meeting decides on the latest state too.
    const third = await command(c, meeting.id, facilitator, { type: 'back' });
    expect(third.status).toBe(200);
    await eventually(() => {
      for (const watcher of watchers) expect(readControlState(watcher.doc)?.stage).toBe(third.body.state?.stage);
    });
  });

  it('opens a meeting cold, in full, on an instance that never saw it', async () => {
    const [a, , c] = instances as [ServerProcess, ServerProcess, ServerProcess];
    const meeting = await createTestMeeting(a.url);
    const writer = connect(a, meeting.id, { token: meeting.tokens.participant });
    await writer.synced();
    const events = writer.doc.getArray<string>('events');
    for (let index = 0; index < 300; index++) events.push([`event ${index}`]);
    await eventually(async () => {
      const reader = connectTestClient(c.wsUrl, meeting.id, { token: meeting.tokens.observer });
      try {
        await reader.synced();
        expect(reader.doc.getArray('events').length).toBe(300);
        expect(reader.doc.getArray('events').get(299)).toBe('event 299');
      } finally {
        reader.destroy();
      }
    });
  });

  it('loses nothing when two instances fold the same document log into snapshots at once', async () => {
    const [a, b, c] = instances as [ServerProcess, ServerProcess, ServerProcess];
    const meeting = await createTestMeeting(a.url);
    const onA = connect(a, meeting.id, { token: meeting.tokens.participant });
    const onB = connect(b, meeting.id, { token: meeting.tokens.participant });
    await Promise.all([onA.synced(), onB.synced()]);
    // Each instance stores over 500 updates of its own, so each folds the shared log while the other writes to it.
    for (let index = 0; index < 600; index++) {
      onA.doc.getArray<string>('fromA').push([`a${index}`]);
      onB.doc.getArray<string>('fromB').push([`b${index}`]);
      if (index % 50 === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await eventually(() => {
      expect(onA.doc.getArray('fromB').length).toBe(600);
      expect(onB.doc.getArray('fromA').length).toBe(600);
    }, 20_000);
    // Closing every connection folds what is left; a cold open on a third instance then reads only the store.
    onA.provider.disconnect();
    onB.provider.disconnect();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const reader = connectTestClient(c.wsUrl, meeting.id, { token: meeting.tokens.observer });
    try {
      await reader.synced();
      expect(reader.doc.getArray('fromA').length).toBe(600);
      expect(reader.doc.getArray('fromB').length).toBe(600);
    } finally {
      reader.destroy();
    }
    const restarted = connectTestClient(a.wsUrl, meeting.id, { token: meeting.tokens.observer });
    try {
      await restarted.synced();
      expect(restarted.doc.getArray('fromB').toArray()).toEqual(onB.doc.getArray('fromB').toArray());
    } finally {
      restarted.destroy();
    }
  }, 60_000);

  it('loses nothing when an instance is killed, and its clients carry on through another', async () => {
    const victim = await startInstance();
    const other = instances[0] as ServerProcess;
    const meeting = await createTestMeeting(other.url);
    const onVictim = connect(victim, meeting.id, { token: meeting.tokens.participant });
    const onOther = connect(other, meeting.id, { token: meeting.tokens.participant });
    await Promise.all([onVictim.synced(), onOther.synced()]);

    const list = onVictim.doc.getArray<number>('seen');
    for (let index = 0; index < 50; index++) list.push([index]);
    // Once any client has an update, it is stored: the other instance's client has all 50 before the kill.
    await eventually(() => expect(onOther.doc.getArray('seen').length).toBe(50));
    expect(await kill(victim)).toBe(null);

    // The killed instance's client reconnects through the other instance, with what it holds, and goes on.
    onVictim.provider.disconnect();
    const moved = connect(other, meeting.id, { token: meeting.tokens.participant, doc: onVictim.doc });
    await moved.synced();
    list.push([50]);
    onOther.doc.getArray<number>('seen').push([51]);
    await eventually(() => {
      expect(onOther.doc.getArray('seen').length).toBe(52);
      expect(onVictim.doc.getArray('seen').length).toBe(52);
    });
    const fresh = connectTestClient(instances[1]?.wsUrl as string, meeting.id, { token: meeting.tokens.observer });
    try {
      await fresh.synced();
      await eventually(() => expect(fresh.doc.getArray('seen').length).toBe(52));
    } finally {
      fresh.destroy();
    }
    instances.splice(instances.indexOf(victim), 1);
  });

  it('leaves no document stuck when Redis restarts in the middle of a meeting', async () => {
    const [a, b] = instances as [ServerProcess, ServerProcess];
    const meeting = await createTestMeeting(a.url);
    const onA = connect(a, meeting.id, { token: meeting.tokens.participant });
    const onB = connect(b, meeting.id, { token: meeting.tokens.participant });
    await Promise.all([onA.synced(), onB.synced()]);
    const textA = onA.doc.getText('story');
    const textB = onB.doc.getText('story');
    textA.insert(0, 'before. ');
    await eventually(() => expect(textB.toString()).toBe('before. '));

    // Written on both sides while Redis is away: each instance stores them, and nobody hears of the other's.
    const restarted = redis.restart({ downForMs: 1500 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    textA.insert(textA.length, 'during A. ');
    textB.insert(0, 'during B. ');
    await restarted;
    await eventually(() => {
      expect(textA.toString()).toContain('during B. ');
      expect(textB.toString()).toContain('during A. ');
      expect(textA.toString()).toBe(textB.toString());
    }, 15_000);

    // And the document goes on: later edits arrive as before, both ways.
    textB.insert(textB.length, 'after.');
    textA.insert(0, '> ');
    await eventually(() => {
      expect(textA.toString()).toBe(textB.toString());
      expect(textA.toString().startsWith('> ')).toBe(true);
      expect(textA.toString().endsWith('after.')).toBe(true);
    }, 10_000);
  }, 60_000);
});
