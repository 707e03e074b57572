import {
  CloseCode,
  controlDocName,
  createControlState,
  DOC_SCHEMA_VERSION,
  readCheckIns,
  readControlState,
  roundsDocName,
  writeCheckIn,
  writeControlState,
} from '@debrief/shared';
import { describe, expect, it } from 'vitest';
import type { TestClient } from '../support/connectTestClient.ts';
import { eventually } from '../support/eventually.ts';
import { openRawSocket } from '../support/openRawSocket.ts';
import { useTestMeeting } from '../support/useTestMeeting.ts';

const room = useTestMeeting();
const connect = (docName: string, token: string) => room.connect(token, docName);

/** What a brand-new client receives: the server's state after every earlier message was handled. */
async function readServerState(docName: string): Promise<TestClient> {
  const probe = connect(docName, room.meeting.tokens.facilitator);
  await probe.synced();
  return probe;
}

describe('who may open a document', () => {
  it('closes a connection with a wrong or missing token with 4401', async () => {
    const wrong = await openRawSocket(room.server.wsUrl, room.meeting.id, 'wrong-token');
    expect((await wrong.closed).code).toBe(CloseCode.unauthorized);
    const missing = await openRawSocket(room.server.wsUrl, room.meeting.id);
    expect((await missing.closed).code).toBe(CloseCode.unauthorized);
    const swapped = await openRawSocket(room.server.wsUrl, controlDocName(room.meeting.id), 'x'.repeat(32));
    expect((await swapped.closed).code).toBe(CloseCode.unauthorized);
  });

  it('closes a connection to an unknown meeting with 4404', async () => {
    const unknown = await openRawSocket(room.server.wsUrl, 'AAAAAAAAAAAAAAAAAAAAAA', room.meeting.tokens.facilitator);
    expect((await unknown.closed).code).toBe(CloseCode.meetingNotFound);
    const nonsense = await openRawSocket(room.server.wsUrl, '..%2Fetc', room.meeting.tokens.facilitator);
    expect((await nonsense.closed).code).toBe(CloseCode.meetingNotFound);
  });

  it('lets every role read the content and control documents, seeded by the server', async () => {
    for (const token of Object.values(room.meeting.tokens)) {
      const content = connect(room.meeting.id, token);
      const control = connect(controlDocName(room.meeting.id), token);
      await Promise.all([content.synced(), control.synced()]);
      expect(content.doc.getMap('meta').get('title')).toBe('Checkout outage after database failover');
      expect(readControlState(control.doc)?.stage).toBe('prepare');
    }
  });

  it('lets facilitators and participants read the rounds document, and closes an observer’s connection to it', async () => {
    for (const role of ['facilitator', 'participant'] as const) {
      const rounds = connect(roundsDocName(room.meeting.id), room.meeting.tokens[role]);
      await rounds.synced();
      expect(rounds.provider.wsconnected).toBe(true);
    }
    const observer = await openRawSocket(
      room.server.wsUrl,
      roundsDocName(room.meeting.id),
      room.meeting.tokens.observer,
    );
    // Refused as not allowed: 4401 now, 4403 once refusals tell "not for your role" apart from a bad token.
    expect([CloseCode.unauthorized, 4403]).toContain((await observer.closed).code);
    expect(observer.messages).toEqual([]);
  });
});

describe('the permission boundary', () => {
  it.each(['participant', 'observer', 'facilitator'] as const)(
    'drops a %s write to the control document',
    async (role) => {
      const watcher = connect(controlDocName(room.meeting.id), room.meeting.tokens.participant);
      const writer = connect(controlDocName(room.meeting.id), room.meeting.tokens[role]);
      await Promise.all([watcher.synced(), writer.synced()]);
      const before = await room.metric('debrief_refused_writes_total');

      writeControlState(writer.doc, { ...createControlState(0), stage: 'closed' });
      await eventually(async () => expect(await room.metric('debrief_refused_writes_total')).toBeGreaterThan(before));

      const probe = await readServerState(controlDocName(room.meeting.id));
      expect(readControlState(probe.doc)?.stage).toBe('prepare');
      expect(readControlState(watcher.doc)?.stage).toBe('prepare');
      expect(writer.provider.wsconnected).toBe(true);
    },
  );

  it.each(['participant', 'facilitator'] as const)('drops a %s write to the rounds document', async (role) => {
    const watcher = connect(roundsDocName(room.meeting.id), room.meeting.tokens.participant);
    const writer = connect(roundsDocName(room.meeting.id), room.meeting.tokens[role]);
    await Promise.all([watcher.synced(), writer.synced()]);
    const before = await room.metric('debrief_refused_writes_total');

    writeCheckIn(writer.doc, {
      participantId: 'p-forged',
      name: 'Nobody',
      at: 1,
      note: 'forged',
      mood: 1,
      passed: false,
    });
    await eventually(async () => expect(await room.metric('debrief_refused_writes_total')).toBeGreaterThan(before));

    const probe = await readServerState(roundsDocName(room.meeting.id));
    expect(readCheckIns(probe.doc)).toEqual([]);
    expect(readCheckIns(watcher.doc)).toEqual([]);
    expect(writer.provider.wsconnected).toBe(true);
  });

  it('drops an observer write to the content document, and keeps the connection', async () => {
    const participant = connect(room.meeting.id, room.meeting.tokens.participant);
    const observer = connect(room.meeting.id, room.meeting.tokens.observer);
    await Promise.all([participant.synced(), observer.synced()]);
    const before = await room.metric('debrief_refused_writes_total');

    observer.doc.getText('notes').insert(0, 'observer was here');
    await eventually(async () => expect(await room.metric('debrief_refused_writes_total')).toBeGreaterThan(before));
    participant.doc.getText('notes').insert(0, 'participant note');

    await eventually(() => expect(observer.doc.getText('notes').toString()).toContain('participant note'));
    const probe = await readServerState(room.meeting.id);
    expect(probe.doc.getText('notes').toString()).toBe('participant note');
    expect(participant.doc.getText('notes').toString()).toBe('participant note');
    expect(observer.provider.wsconnected).toBe(true);
  });

  it('accepts participant and facilitator writes to the content document', async () => {
    const participant = connect(room.meeting.id, room.meeting.tokens.participant);
    const facilitator = connect(room.meeting.id, room.meeting.tokens.facilitator);
    await Promise.all([participant.synced(), facilitator.synced()]);
    participant.doc.getMap('checklist').set('impact', 'Checkout down');
    facilitator.doc.getMap('checklist').set('detectedBy', 'Pager alert');
    const probe = await readServerState(room.meeting.id);
    await eventually(() =>
      expect(probe.doc.getMap('checklist').toJSON()).toEqual({ impact: 'Checkout down', detectedBy: 'Pager alert' }),
    );
  });
});

describe('document version gate', () => {
  it('closes a client older than the document with 4426 and lets a current one in', async () => {
    const old = await openRawSocket(
      room.server.wsUrl,
      `${room.meeting.id}?v=${DOC_SCHEMA_VERSION - 1}&token=${room.meeting.tokens.participant}`,
    );
    expect((await old.closed).code).toBe(CloseCode.clientOutdated);
    const current = await openRawSocket(
      room.server.wsUrl,
      `${room.meeting.id}?v=${DOC_SCHEMA_VERSION}&token=${room.meeting.tokens.participant}`,
    );
    expect(current.socket.readyState).toBe(current.socket.OPEN);
    current.socket.close();
  });
});
