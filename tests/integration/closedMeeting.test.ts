import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectTestClient, type TestClient } from '../support/connectTestClient.ts';
import { createTestMeeting } from '../support/createTestMeeting.ts';
import { eventually } from '../support/eventually.ts';
import { startTestServer, type TestServer } from '../support/startTestServer.ts';

let server: TestServer;
let meeting: Awaited<ReturnType<typeof createTestMeeting>>;
const clients: TestClient[] = [];

function connect(token: string): TestClient {
  const client = connectTestClient(server.wsUrl, meeting.id, { token });
  clients.push(client);
  return client;
}

async function command(type: string): Promise<number> {
  const response = await fetch(`${server.url}/api/meetings/${meeting.id}/commands`, {
    method: 'POST',
    headers: { authorization: `Bearer ${meeting.tokens.facilitator}` },
    body: JSON.stringify({ type }),
  });
  return response.status;
}

async function refusedWrites(): Promise<number> {
  const metrics = await (await fetch(`${server.url}/metrics`)).text();
  return Number(/^debrief_refused_writes_total (\d+)$/m.exec(metrics)?.[1]);
}

async function readServerNotes(): Promise<string> {
  const probe = connect(meeting.tokens.observer);
  await probe.synced();
  return probe.doc.getText('notes').toString();
}

beforeEach(async () => {
  server = await startTestServer();
  meeting = await createTestMeeting(server.url);
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server.close();
});

describe('a closed meeting', () => {
  it('drops participant writes to the content document, and accepts them again once reopened', async () => {
    const participant = connect(meeting.tokens.participant);
    const other = connect(meeting.tokens.participant);
    await Promise.all([participant.synced(), other.synced()]);
    participant.doc.getText('notes').insert(0, 'before closing. ');
    await eventually(() => expect(other.doc.getText('notes').toString()).toBe('before closing. '));

    expect(await command('close')).toBe(200);
    const before = await refusedWrites();
    participant.doc.getText('notes').insert(participant.doc.getText('notes').length, 'written while closed');
    await eventually(async () => expect(await refusedWrites()).toBeGreaterThan(before));
    expect(await readServerNotes()).toBe('before closing. ');
    expect(other.doc.getText('notes').toString()).toBe('before closing. ');

    const late = connect(meeting.tokens.facilitator);
    await late.synced();
    late.doc.getMap('checklist').set('impact', 'edited while closed');
    await eventually(async () => expect(await refusedWrites()).toBeGreaterThan(before + 1));

    expect(await command('reopen')).toBe(200);
    other.doc.getText('notes').insert(0, 'after reopening. ');
    await eventually(async () => expect(await readServerNotes()).toContain('after reopening. '));
  });

  it('stays read-only for connections made after a server restart', async () => {
    expect(await command('close')).toBe(200);
    await server.close();
    server = await startTestServer(server.dataDir);
    const participant = connect(meeting.tokens.participant);
    await participant.synced();
    participant.doc.getText('notes').insert(0, 'sneaky');
    await eventually(async () => expect(await refusedWrites()).toBe(1));
    expect(await readServerNotes()).toBe('');
  });
});
