import { afterEach, describe, expect, it } from 'vitest';
import { connectTestClient, type TestClient } from '../support/connectTestClient.ts';
import { createTestMeeting } from '../support/createTestMeeting.ts';
import { eventually } from '../support/eventually.ts';
import { spawnServerProcess } from '../support/spawnServerProcess.ts';
import { createTempDataDir, startTestServer } from '../support/startTestServer.ts';

const clients: TestClient[] = [];
function track(client: TestClient): TestClient {
  clients.push(client);
  return client;
}

afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
});

describe('durability', () => {
  it('keeps everything across a graceful restart on the same data folder', async () => {
    const dataDir = createTempDataDir();
    const first = await startTestServer(dataDir);
    const { id, tokens } = await createTestMeeting(first.url);
    const alice = track(connectTestClient(first.wsUrl, id, { token: tokens.participant }));
    await alice.synced();
    alice.doc.getText('notes').insert(0, 'Timeline draft');
    alice.doc.getMap('checklist').set('severity', 'SEV1');
    alice.doc.getArray('events').push(['alert fired', 'rollback']);
    await eventually(async () => {
      expect(await (await fetch(`${first.url}/metrics`)).text()).toMatch(/^debrief_updates_in_total ([3-9]|\d{2,})$/m);
    });
    await first.close();

    const second = await startTestServer(dataDir);
    try {
      const bob = track(connectTestClient(second.wsUrl, id, { token: tokens.participant }));
      await bob.synced();
      expect(bob.doc.getText('notes').toString()).toBe('Timeline draft');
      expect(bob.doc.getMap('checklist').get('severity')).toBe('SEV1');
      expect(bob.doc.getArray('events').toArray()).toEqual(['alert fired', 'rollback']);
    } finally {
      await second.close();
    }
  });

  it('after SIGKILL mid-stream, keeps every update another client had already received', async () => {
    const dataDir = createTempDataDir();
    const first = await spawnServerProcess(dataDir);
    const { id, tokens } = await createTestMeeting(first.url);
    const writer = track(connectTestClient(first.wsUrl, id, { token: tokens.participant }));
    const reader = track(connectTestClient(first.wsUrl, id, { token: tokens.participant }));
    await Promise.all([writer.synced(), reader.synced()]);

    const writerText = writer.doc.getText('notes');
    let streaming = true;
    const stream = (async () => {
      for (let i = 0; streaming; i++) {
        writerText.insert(writerText.length, `[${i}]`);
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    })();
    await eventually(() => expect(reader.doc.getText('notes').length).toBeGreaterThan(300), 15_000);

    first.child.kill('SIGKILL');
    const seenByReader = reader.doc.getText('notes').toString();
    await first.exited;
    streaming = false;
    await stream;
    writer.provider.disconnect();
    reader.provider.disconnect();

    const second = await spawnServerProcess(dataDir);
    try {
      const late = track(connectTestClient(second.wsUrl, id, { token: tokens.participant }));
      await late.synced();
      const recovered = late.doc.getText('notes').toString();
      expect(seenByReader.length).toBeGreaterThan(300);
      expect(recovered.startsWith(seenByReader)).toBe(true);
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  });

  it('on SIGTERM closes sockets, saves to disk and exits cleanly', async () => {
    const dataDir = createTempDataDir();
    const first = await spawnServerProcess(dataDir);
    const { id, tokens } = await createTestMeeting(first.url);
    const alice = track(connectTestClient(first.wsUrl, id, { token: tokens.participant }));
    await alice.synced();
    alice.doc.getText('notes').insert(0, 'saved before exit');
    await eventually(async () => {
      expect(await (await fetch(`${first.url}/metrics`)).text()).toMatch(/^debrief_updates_in_total [1-9]\d*$/m);
    });
    alice.provider.shouldConnect = false;
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('Shutting down');

    const second = await spawnServerProcess(dataDir);
    try {
      const bob = track(connectTestClient(second.wsUrl, id, { token: tokens.participant }));
      await bob.synced();
      expect(bob.doc.getText('notes').toString()).toBe('saved before exit');
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  });
});
