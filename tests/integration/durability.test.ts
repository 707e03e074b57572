import { afterEach, describe, expect, it } from 'vitest';
import { connectTestClient, type TestClient } from '../support/connectTestClient.ts';
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
    const alice = track(connectTestClient(first.wsUrl, 'restart'));
    await alice.synced();
    alice.doc.getText('notes').insert(0, 'Timeline draft');
    alice.doc.getMap('facts').set('severity', 'SEV1');
    alice.doc.getArray('events').push(['alert fired', 'rollback']);
    await eventually(async () => {
      expect(await (await fetch(`${first.url}/metrics`)).text()).toMatch(/^debrief_updates_in_total 3$/m);
    });
    await first.close();

    const second = await startTestServer(dataDir);
    try {
      const bob = track(connectTestClient(second.wsUrl, 'restart'));
      await bob.synced();
      expect(bob.doc.getText('notes').toString()).toBe('Timeline draft');
      expect(bob.doc.getMap('facts').get('severity')).toBe('SEV1');
      expect(bob.doc.getArray('events').toArray()).toEqual(['alert fired', 'rollback']);
    } finally {
      await second.close();
    }
  });

  it('after SIGKILL mid-stream, keeps every update another client had already received', async () => {
    const dataDir = createTempDataDir();
    const first = await spawnServerProcess(dataDir);
    const writer = track(connectTestClient(first.wsUrl, 'crash'));
    const reader = track(connectTestClient(first.wsUrl, 'crash'));
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
      const late = track(connectTestClient(second.wsUrl, 'crash'));
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
    const alice = track(connectTestClient(first.wsUrl, 'sigterm'));
    await alice.synced();
    alice.doc.getText('notes').insert(0, 'saved before exit');
    await eventually(async () => {
      expect(await (await fetch(`${first.url}/metrics`)).text()).toMatch(/^debrief_updates_in_total 1$/m);
    });
    alice.provider.shouldConnect = false;
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('Shutting down');

    const second = await spawnServerProcess(dataDir);
    try {
      const bob = track(connectTestClient(second.wsUrl, 'sigterm'));
      await bob.synced();
      expect(bob.doc.getText('notes').toString()).toBe('saved before exit');
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  });
});
