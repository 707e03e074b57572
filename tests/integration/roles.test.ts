import {
  CloseCode,
  controlDocName,
  createControlState,
  DOC_SCHEMA_VERSION,
  readControlState,
  writeControlState,
} from '@debrief/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectTestClient, type TestClient } from '../support/connectTestClient.ts';
import { createTestMeeting } from '../support/createTestMeeting.ts';
import { eventually } from '../support/eventually.ts';
import { openRawSocket } from '../support/openRawSocket.ts';
import { startTestServer, type TestServer } from '../support/startTestServer.ts';

let server: TestServer;
let meeting: Awaited<ReturnType<typeof createTestMeeting>>;
const clients: TestClient[] = [];

function connect(docName: string, token: string): TestClient {
  const client = connectTestClient(server.wsUrl, docName, { token });
  clients.push(client);
  return client;
}

async function refusedWrites(): Promise<number> {
  const metrics = await (await fetch(`${server.url}/metrics`)).text();
  return Number(/^debrief_refused_writes_total (\d+)$/m.exec(metrics)?.[1]);
}

/** What a brand-new client receives: the server's state after every earlier message was handled. */
async function readServerState(docName: string): Promise<TestClient> {
  const probe = connect(docName, meeting.tokens.facilitator);
  await probe.synced();
  return probe;
}

beforeEach(async () => {
  server = await startTestServer();
  meeting = await createTestMeeting(server.url);
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server.close();
});

describe('who may open a document', () => {
  it('closes a connection with a wrong or missing token with 4401', async () => {
    const wrong = await openRawSocket(server.wsUrl, meeting.id, 'wrong-token');
    expect((await wrong.closed).code).toBe(CloseCode.unauthorized);
    const missing = await openRawSocket(server.wsUrl, meeting.id);
    expect((await missing.closed).code).toBe(CloseCode.unauthorized);
    const swapped = await openRawSocket(server.wsUrl, controlDocName(meeting.id), 'x'.repeat(32));
    expect((await swapped.closed).code).toBe(CloseCode.unauthorized);
  });

  it('closes a connection to an unknown meeting with 4404', async () => {
    const unknown = await openRawSocket(server.wsUrl, 'AAAAAAAAAAAAAAAAAAAAAA', meeting.tokens.facilitator);
    expect((await unknown.closed).code).toBe(CloseCode.meetingNotFound);
    const nonsense = await openRawSocket(server.wsUrl, '..%2Fetc', meeting.tokens.facilitator);
    expect((await nonsense.closed).code).toBe(CloseCode.meetingNotFound);
  });

  it('lets every role read both documents, seeded by the server', async () => {
    for (const token of Object.values(meeting.tokens)) {
      const content = connect(meeting.id, token);
      const control = connect(controlDocName(meeting.id), token);
      await Promise.all([content.synced(), control.synced()]);
      expect(content.doc.getMap('meta').get('title')).toBe('Checkout outage after database failover');
      expect(readControlState(control.doc)?.stage).toBe('prepare');
    }
  });
});

describe('the permission boundary', () => {
  it.each(['participant', 'observer', 'facilitator'] as const)(
    'drops a %s write to the control document',
    async (role) => {
      const watcher = connect(controlDocName(meeting.id), meeting.tokens.participant);
      const writer = connect(controlDocName(meeting.id), meeting.tokens[role]);
      await Promise.all([watcher.synced(), writer.synced()]);
      const before = await refusedWrites();

      writeControlState(writer.doc, { ...createControlState(0), stage: 'closed' });
      await eventually(async () => expect(await refusedWrites()).toBeGreaterThan(before));

      const probe = await readServerState(controlDocName(meeting.id));
      expect(readControlState(probe.doc)?.stage).toBe('prepare');
      expect(readControlState(watcher.doc)?.stage).toBe('prepare');
      expect(writer.provider.wsconnected).toBe(true);
    },
  );

  it('drops an observer write to the content document, and keeps the connection', async () => {
    const participant = connect(meeting.id, meeting.tokens.participant);
    const observer = connect(meeting.id, meeting.tokens.observer);
    await Promise.all([participant.synced(), observer.synced()]);
    const before = await refusedWrites();

    observer.doc.getText('notes').insert(0, 'observer was here');
    await eventually(async () => expect(await refusedWrites()).toBeGreaterThan(before));
    participant.doc.getText('notes').insert(0, 'participant note');

    await eventually(() => expect(observer.doc.getText('notes').toString()).toContain('participant note'));
    const probe = await readServerState(meeting.id);
    expect(probe.doc.getText('notes').toString()).toBe('participant note');
    expect(participant.doc.getText('notes').toString()).toBe('participant note');
    expect(observer.provider.wsconnected).toBe(true);
  });

  it('accepts participant and facilitator writes to the content document', async () => {
    const participant = connect(meeting.id, meeting.tokens.participant);
    const facilitator = connect(meeting.id, meeting.tokens.facilitator);
    await Promise.all([participant.synced(), facilitator.synced()]);
    participant.doc.getMap('checklist').set('impact', 'Checkout down');
    facilitator.doc.getMap('checklist').set('detectedBy', 'Pager alert');
    const probe = await readServerState(meeting.id);
    await eventually(() =>
      expect(probe.doc.getMap('checklist').toJSON()).toEqual({ impact: 'Checkout down', detectedBy: 'Pager alert' }),
    );
  });
});

describe('document version gate', () => {
  it('closes a client older than the document with 4426 and lets a current one in', async () => {
    const old = await openRawSocket(
      server.wsUrl,
      `${meeting.id}?v=${DOC_SCHEMA_VERSION - 1}&token=${meeting.tokens.participant}`,
    );
    expect((await old.closed).code).toBe(CloseCode.clientOutdated);
    const current = await openRawSocket(
      server.wsUrl,
      `${meeting.id}?v=${DOC_SCHEMA_VERSION}&token=${meeting.tokens.participant}`,
    );
    expect(current.socket.readyState).toBe(current.socket.OPEN);
    current.socket.close();
  });
});
