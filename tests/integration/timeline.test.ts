import {
  addEventComment,
  addIncidentEvidence,
  addTimelineEvent,
  addTimelineEvents,
  deleteTimelineEvent,
  ensureIncidentFactTexts,
  getIncidentFactText,
  parseTimelinePaste,
  readIncidentEvidence,
  readIncidentFacts,
  readMeetingMeta,
  readTimeline,
  replaceIncidentFactText,
  retimeTimelineEvent,
  setIncidentCost,
  setIncidentTime,
  setSeverity,
  updateTimelineEvent,
} from '@debrief/shared';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import type { TestClient } from '../support/connectTestClient.ts';
import { eventually } from '../support/eventually.ts';
import { useTestMeeting } from '../support/useTestMeeting.ts';

const room = useTestMeeting();
const connect = (token?: string) => room.connect(token);

/** What a brand-new client receives: the server's state, as persisted. */
async function readServerState(): Promise<TestClient> {
  const probe = connect(room.meeting.tokens.facilitator);
  await probe.synced();
  return probe;
}

function timelineIds(doc: Y.Doc): string[] {
  return readTimeline(doc).map((event) => event.id);
}

function newEvent(id: string, at: string, description: string, createdAt = 1) {
  return { id, at, timeZone: 'Europe/Berlin', kind: 'action' as const, description, createdAt };
}

describe('preparing the timeline together', () => {
  it('converges when two clients add, edit, retime and delete events and edit facts at the same time', async () => {
    const alice = connect();
    const bob = connect();
    await Promise.all([alice.synced(), bob.synced()]);
    ensureIncidentFactTexts(alice.doc);
    await eventually(() => expect(getIncidentFactText(bob.doc, 'impact')).not.toBeNull());

    // Both write before either has seen the other's changes.
    addTimelineEvent(alice.doc, newEvent('a-deploy', '2026-11-20T23:40:00+01:00', 'Deploy of config v42 started'));
    addTimelineEvent(alice.doc, newEvent('a-alert', '2026-11-21T00:10:00+01:00', 'Error-rate alert fired'));
    setIncidentTime(alice.doc, 'started', { at: '2026-11-20T23:45:00+01:00', timeZone: 'Europe/Berlin' });
    replaceIncidentFactText(alice.doc, 'impact', 'Checkout failed.');
    setSeverity(alice.doc, 'SEV2');
    addTimelineEvent(
      bob.doc,
      newEvent('b-report', '2026-11-20T23:55:00+01:00', 'Support ticket about failed payments'),
    );
    setIncidentTime(bob.doc, 'detected', { at: '2026-11-20T23:55:00+01:00', timeZone: 'Europe/Berlin' });
    setIncidentCost(bob.doc, { amount: 12_000, unit: 'money', currency: 'EUR' });
    replaceIncidentFactText(bob.doc, 'impact', 'EU customers, 2 hours.');
    addIncidentEvidence(bob.doc, {
      id: 'ev-1',
      url: 'https://grafana.example.com/d/checkout',
      label: 'Checkout errors',
      kind: 'metric',
      addedAt: 5,
    });

    await eventually(() => {
      expect(timelineIds(alice.doc)).toEqual(['a-deploy', 'b-report', 'a-alert']);
      expect(timelineIds(bob.doc)).toEqual(['a-deploy', 'b-report', 'a-alert']);
    });

    // Again at the same time: a retime against an edit, and a delete against a question on the same event.
    retimeTimelineEvent(alice.doc, 'b-report', { at: '2026-11-21T00:20:00+01:00', timeZone: 'Europe/Berlin' });
    updateTimelineEvent(bob.doc, 'b-report', { description: 'Support ticket about failed card payments' });
    deleteTimelineEvent(alice.doc, 'a-alert');
    addEventComment(bob.doc, 'a-alert', {
      id: 'q-1',
      authorId: 'p-bob',
      authorName: 'Bob',
      text: 'Which threshold was the alert set to?',
      createdAt: 6,
      kind: 'question',
    });

    await eventually(() => {
      expect(readTimeline(alice.doc)).toEqual(readTimeline(bob.doc));
      expect(readIncidentFacts(alice.doc)).toEqual(readIncidentFacts(bob.doc));
    });
    const timeline = readTimeline(alice.doc);
    expect(timeline.map((event) => [event.id, event.at, event.description])).toEqual([
      ['a-deploy', '2026-11-20T22:40:00.000Z', 'Deploy of config v42 started'],
      ['b-report', '2026-11-20T23:20:00.000Z', 'Support ticket about failed card payments'],
    ]);
    const facts = readIncidentFacts(bob.doc);
    expect(facts).toMatchObject({
      severity: 'SEV2',
      started: { at: '2026-11-20T22:45:00.000Z', timeZone: 'Europe/Berlin' },
      detected: { at: '2026-11-20T22:55:00.000Z', timeZone: 'Europe/Berlin' },
      cost: { amount: 12_000, unit: 'money', currency: 'EUR' },
    });
    expect(facts.impact).toContain('Checkout failed.');
    expect(facts.impact).toContain('EU customers, 2 hours.');
    expect(facts.impact).toHaveLength('Checkout failed.'.length + 'EU customers, 2 hours.'.length);

    const probe = await readServerState();
    await eventually(() => {
      expect(readTimeline(probe.doc)).toEqual(timeline);
      expect(readIncidentFacts(probe.doc)).toEqual(facts);
      expect(readIncidentEvidence(probe.doc).map((link) => link.url)).toEqual([
        'https://grafana.example.com/d/checkout',
      ]);
    });
  });

  it('delivers a quick-add paste to the other client in time order', async () => {
    const alice = connect();
    const bob = connect();
    await Promise.all([alice.synced(), bob.synced()]);
    const paste = parseTimelinePaste(
      '23:50 deploy started\n00:10 alert fired\nthen we looked at the logs\n00:30 rolled back',
      {
        defaultDate: '2026-11-20',
        timeZone: 'Europe/Berlin',
      },
    );
    expect(paste.unreadable).toEqual([
      { lineNumber: 3, text: 'then we looked at the logs', reason: expect.any(String) },
    ]);
    const result = addTimelineEvents(
      alice.doc,
      paste.events.map((event, index) => ({ ...event, id: `paste-${index}`, kind: 'other' as const, createdAt: 10 })),
    );
    expect(result).toEqual({ ok: true });
    await eventually(() =>
      expect(readTimeline(bob.doc).map((event) => [event.description, event.at])).toEqual([
        ['deploy started', '2026-11-20T22:50:00.000Z'],
        ['alert fired', '2026-11-20T23:10:00.000Z'],
        ['rolled back', '2026-11-20T23:30:00.000Z'],
      ]),
    );
  });
});

describe('observers', () => {
  it("drops an observer's timeline write and keeps the connection", async () => {
    const participant = connect();
    const observer = connect(room.meeting.tokens.observer);
    await Promise.all([participant.synced(), observer.synced()]);
    const before = await room.metric('debrief_refused_writes_total');

    addTimelineEvent(observer.doc, newEvent('from-observer', '2026-11-20T14:00:00Z', 'observer was here'));
    await eventually(async () => expect(await room.metric('debrief_refused_writes_total')).toBeGreaterThan(before));
    addTimelineEvent(participant.doc, newEvent('from-participant', '2026-11-20T14:05:00Z', 'alert fired'));

    await eventually(() => expect(timelineIds(observer.doc)).toContain('from-participant'));
    const probe = await readServerState();
    await eventually(() => expect(timelineIds(probe.doc)).toEqual(['from-participant']));
    expect(timelineIds(participant.doc)).toEqual(['from-participant']);
    expect(readMeetingMeta(probe.doc).title).toBe('Checkout outage after database failover');
    expect(observer.provider.wsconnected).toBe(true);
  });
});
