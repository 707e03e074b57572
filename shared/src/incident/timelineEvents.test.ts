import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ContentRoot, getContentMap } from '../doc/docSchema.ts';
import {
  addTimelineEvent,
  addTimelineEvents,
  deleteTimelineEvent,
  getTimelineEventText,
  type NewTimelineEvent,
  observeTimeline,
  observeTimelineEvents,
  readTimeline,
  readTimelineEvent,
  retimeTimelineEvent,
  sortTimelineEvents,
  updateTimelineEvent,
} from './timelineEvents.ts';

function event(id: string, at: string, overrides: Partial<NewTimelineEvent> = {}): NewTimelineEvent {
  return {
    id,
    at,
    timeZone: 'Europe/Berlin',
    kind: 'action',
    description: `event ${id}`,
    createdAt: 1000,
    ...overrides,
  };
}

function ids(doc: Y.Doc): string[] {
  return readTimeline(doc).map((e) => e.id);
}

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('addTimelineEvent and readTimeline', () => {
  it('stores the event with its time in UTC and reads it back as a plain object', () => {
    const doc = new Y.Doc();
    expect(
      addTimelineEvent(doc, {
        id: 'e1',
        at: '2026-11-20T15:03:00+01:00',
        timeZone: 'Europe/Berlin',
        kind: 'detection',
        description: 'Alert fired: checkout error rate above 5%',
        createdAt: 1234,
        createdBy: 'p-1',
        knownAtTheTime: false,
        evidence: [
          { id: 'l1', url: 'https://grafana.example.com/d/1', label: 'Error rate', kind: 'metric', addedAt: 1234 },
        ],
      }),
    ).toEqual({ ok: true });
    expect(readTimeline(doc)).toEqual([
      {
        id: 'e1',
        at: '2026-11-20T14:03:00.000Z',
        timeZone: 'Europe/Berlin',
        kind: 'detection',
        description: 'Alert fired: checkout error rate above 5%',
        knownAtTheTime: false,
        createdAt: 1234,
        createdBy: 'p-1',
        evidence: [
          {
            id: 'l1',
            url: 'https://grafana.example.com/d/1',
            label: 'Error rate',
            kind: 'metric',
            addedAt: 1234,
            addedBy: null,
          },
        ],
        comments: [],
      },
    ]);
    expect(readTimelineEvent(doc, 'e1')?.knownAtTheTime).toBe(false);
    expect(readTimelineEvent(doc, 'nope')).toBeNull();
  });

  it('marks events known at the time unless told otherwise', () => {
    const doc = new Y.Doc();
    addTimelineEvent(doc, event('e1', '2026-11-20T14:00:00Z'));
    expect(readTimelineEvent(doc, 'e1')?.knownAtTheTime).toBe(true);
  });

  it('sorts by time, then creation time, then id, whatever the insertion order', () => {
    const doc = new Y.Doc();
    addTimelineEvent(doc, event('late', '2026-11-21T00:10:00+01:00'));
    addTimelineEvent(doc, event('b', '2026-11-20T14:00:00Z', { createdAt: 5 }));
    addTimelineEvent(doc, event('a', '2026-11-20T14:00:00Z', { createdAt: 5 }));
    addTimelineEvent(doc, event('z-first-created', '2026-11-20T14:00:00Z', { createdAt: 1 }));
    addTimelineEvent(doc, event('early', '2026-11-20T23:50:00+01:00'));
    expect(ids(doc)).toEqual(['z-first-created', 'a', 'b', 'early', 'late']);
  });

  it('refuses invalid events and duplicate ids, writing nothing', () => {
    const doc = new Y.Doc();
    addTimelineEvent(doc, event('e1', '2026-11-20T14:00:00Z'));
    let updates = 0;
    doc.on('update', () => updates++);
    const refusals: NewTimelineEvent[] = [
      event('e1', '2026-11-20T14:00:00Z'),
      event('', '2026-11-20T14:00:00Z'),
      event('e2', '2026-11-20 14:00'),
      event('e2', '2026-11-20T14:00:00'),
      event('e2', '2026-11-20T14:00:00Z', { timeZone: 'CET+1' }),
      event('e2', '2026-11-20T14:00:00Z', { kind: 'blame' as never }),
      event('e2', '2026-11-20T14:00:00Z', { description: 'x'.repeat(10_001) }),
      event('e2', '2026-11-20T14:00:00Z', { createdAt: Number.NaN }),
      event('e2', '2026-11-20T14:00:00Z', {
        evidence: [{ id: 'l', url: 'javascript:alert(1)', kind: 'log', addedAt: 1 }],
      }),
    ];
    for (const bad of refusals)
      expect(addTimelineEvent(doc, bad)).toMatchObject({ ok: false, message: expect.any(String) });
    expect(addTimelineEvent(doc, refusals[0] as NewTimelineEvent)).toEqual({
      ok: false,
      message: 'This event was already added',
    });
    expect(updates).toBe(0);
    expect(ids(doc)).toEqual(['e1']);
  });

  it('adds a batch in one transaction, or nothing when one event is refused', () => {
    const doc = new Y.Doc();
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    expect(addTimelineEvents(doc, [event('e1', '2026-11-20T14:00:00Z'), event('e2', '2026-11-20T14:05:00Z')])).toEqual({
      ok: true,
    });
    expect(transactions).toBe(1);
    expect(addTimelineEvents(doc, [event('e3', '2026-11-20T14:10:00Z'), event('e4', 'not a time')])).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Event 2: /),
    });
    expect(
      addTimelineEvents(doc, [event('e5', '2026-11-20T14:10:00Z'), event('e5', '2026-11-20T14:11:00Z')]),
    ).toMatchObject({ ok: false });
    expect(ids(doc)).toEqual(['e1', 'e2']);
  });

  it('skips entries that are not events instead of failing', () => {
    const doc = new Y.Doc();
    addTimelineEvent(doc, event('e1', '2026-11-20T14:00:00Z'));
    const timeline = getContentMap(doc, ContentRoot.timeline);
    timeline.set('junk', 'not a map');
    const broken = new Y.Map<unknown>();
    timeline.set('broken', broken);
    broken.set('time', { at: 'never', timeZone: 'UTC' });
    expect(ids(doc)).toEqual(['e1']);
  });
});

describe('editing events', () => {
  it('updates kind, description and the known-at-the-time mark, writing only what changed', () => {
    const doc = new Y.Doc();
    addTimelineEvent(doc, event('e1', '2026-11-20T14:00:00Z', { description: 'Deploy started' }));
    expect(
      updateTimelineEvent(doc, 'e1', { kind: 'diagnosis', description: 'Deploy 42 started', knownAtTheTime: false }),
    ).toEqual({ ok: true });
    expect(readTimelineEvent(doc, 'e1')).toMatchObject({
      kind: 'diagnosis',
      description: 'Deploy 42 started',
      knownAtTheTime: false,
    });
    let updates = 0;
    doc.on('update', () => updates++);
    updateTimelineEvent(doc, 'e1', { kind: 'diagnosis', description: 'Deploy 42 started', knownAtTheTime: false });
    expect(updates).toBe(0);
  });

  it('keeps concurrent typing in one description from two people', () => {
    const alice = new Y.Doc();
    const bob = new Y.Doc();
    addTimelineEvent(alice, event('e1', '2026-11-20T14:00:00Z', { description: 'Deploy started' }));
    sync(alice, bob);
    updateTimelineEvent(alice, 'e1', { description: 'Canary deploy started' });
    getTimelineEventText(bob, 'e1')?.insert('Deploy started'.length, ' (v2.3)');
    sync(alice, bob);
    expect(readTimelineEvent(alice, 'e1')?.description).toBe('Canary deploy started (v2.3)');
    expect(readTimeline(bob)).toEqual(readTimeline(alice));
  });

  it('retimes an event in place: same id, text, evidence and thread, new position', () => {
    const doc = new Y.Doc();
    addTimelineEvent(doc, event('a', '2026-11-20T14:00:00Z'));
    addTimelineEvent(doc, event('b', '2026-11-20T15:00:00Z'));
    const text = getTimelineEventText(doc, 'a');
    expect(retimeTimelineEvent(doc, 'a', { at: '2026-11-20T17:30:00+01:00', timeZone: 'UTC' })).toEqual({ ok: true });
    expect(ids(doc)).toEqual(['b', 'a']);
    expect(readTimelineEvent(doc, 'a')).toMatchObject({ at: '2026-11-20T16:30:00.000Z', timeZone: 'UTC' });
    expect(getTimelineEventText(doc, 'a')).toBe(text);
    expect(retimeTimelineEvent(doc, 'a', { at: 'later', timeZone: 'UTC' })).toMatchObject({ ok: false });
  });

  it('deletes an event; deleting again is fine, editing it afterwards is refused', () => {
    const doc = new Y.Doc();
    addTimelineEvent(doc, event('a', '2026-11-20T14:00:00Z'));
    expect(deleteTimelineEvent(doc, 'a')).toEqual({ ok: true });
    expect(deleteTimelineEvent(doc, 'a')).toEqual({ ok: true });
    expect(readTimeline(doc)).toEqual([]);
    expect(getTimelineEventText(doc, 'a')).toBeNull();
    const gone = { ok: false, message: 'This event was deleted in the meantime' };
    expect(updateTimelineEvent(doc, 'a', { kind: 'other' })).toEqual(gone);
    expect(retimeTimelineEvent(doc, 'a', { at: '2026-11-20T14:00:00Z', timeZone: 'UTC' })).toEqual(gone);
  });

  it('refuses bad patches', () => {
    const doc = new Y.Doc();
    addTimelineEvent(doc, event('a', '2026-11-20T14:00:00Z'));
    expect(updateTimelineEvent(doc, 'a', { kind: 'fault' as never })).toMatchObject({ ok: false });
    expect(updateTimelineEvent(doc, 'a', { description: 'x'.repeat(10_001) })).toMatchObject({ ok: false });
    expect(updateTimelineEvent(doc, 'a', { knownAtTheTime: 'yes' as never })).toMatchObject({ ok: false });
  });

  it('tells an observer about every change, including typing, until unsubscribed', () => {
    const doc = new Y.Doc();
    let calls = 0;
    const stop = observeTimeline(doc, () => calls++);
    addTimelineEvent(doc, event('a', '2026-11-20T14:00:00Z'));
    getTimelineEventText(doc, 'a')?.insert(0, '!');
    retimeTimelineEvent(doc, 'a', { at: '2026-11-20T14:01:00Z', timeZone: 'UTC' });
    expect(calls).toBe(3);
    stop();
    deleteTimelineEvent(doc, 'a');
    expect(calls).toBe(3);
  });

  it('tells an observer which events each change touched, so it can read only those again', () => {
    const doc = new Y.Doc();
    addTimelineEvent(doc, event('a', '2026-11-20T14:00:00Z'));
    const touched: string[][] = [];
    const stop = observeTimelineEvents(doc, (ids) => touched.push([...ids].sort()));
    addTimelineEvent(doc, event('b', '2026-11-20T13:00:00Z'));
    getTimelineEventText(doc, 'a')?.insert(0, '!');
    updateTimelineEvent(doc, 'b', { knownAtTheTime: false });
    retimeTimelineEvent(doc, 'a', { at: '2026-11-20T12:00:00Z', timeZone: 'UTC' });
    deleteTimelineEvent(doc, 'b');
    stop();
    addTimelineEvent(doc, event('c', '2026-11-20T15:00:00Z'));
    expect(touched).toEqual([['b'], ['a'], ['b'], ['a'], ['b']]);
  });

  it('sorts events read one by one as the whole timeline is sorted', () => {
    const doc = new Y.Doc();
    addTimelineEvent(doc, event('b', '2026-11-20T14:00:00Z', { createdAt: 2000 }));
    addTimelineEvent(doc, event('a', '2026-11-20T14:00:00Z', { createdAt: 2000 }));
    addTimelineEvent(doc, event('c', '2026-11-20T14:00:00Z', { createdAt: 1000 }));
    addTimelineEvent(doc, event('d', '2026-11-20T13:00:00+01:00'));
    const oneByOne = ['a', 'b', 'c', 'd'].map((id) => readTimelineEvent(doc, id)).filter((e) => e !== null);
    expect(sortTimelineEvents(oneByOne).map((e) => e.id)).toEqual(ids(doc));
    expect(ids(doc)).toEqual(['d', 'c', 'a', 'b']);
  });
});
