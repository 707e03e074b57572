import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { setIncidentTime } from './incidentFacts.ts';
import { readKeyMoments } from './keyMoments.ts';
import type { TimelineEventKind } from './timelineEventKinds.ts';
import { addTimelineEvent } from './timelineEvents.ts';

const MIN = 60_000;

function addEvent(doc: Y.Doc, id: string, at: string, kind: TimelineEventKind): void {
  addTimelineEvent(doc, { id, at, timeZone: 'Europe/Berlin', kind, description: id, createdAt: 1 });
}

describe('readKeyMoments', () => {
  it('is empty for a document with no facts or events', () => {
    expect(readKeyMoments(new Y.Doc())).toEqual({
      started: null,
      aware: null,
      mitigated: null,
      resolved: null,
      timeToDetectMs: null,
      timeToMitigateMs: null,
      timeToResolveMs: null,
      totalDurationMs: null,
    });
  });

  it('reads the moments from the facts and measures between them, across midnight', () => {
    const doc = new Y.Doc();
    setIncidentTime(doc, 'started', { at: '2026-11-20T23:40:00+01:00', timeZone: 'Europe/Berlin' });
    setIncidentTime(doc, 'detected', { at: '2026-11-21T00:05:00+01:00', timeZone: 'Europe/Berlin' });
    setIncidentTime(doc, 'mitigated', { at: '2026-11-21T02:20:00+01:00', timeZone: 'Europe/Berlin' });
    setIncidentTime(doc, 'resolved', { at: '2026-11-22T03:05:00+01:00', timeZone: 'Europe/Berlin' });
    addEvent(doc, 'alert', '2026-11-20T22:50:00Z', 'detection');
    const moments = readKeyMoments(doc);
    expect(moments.aware).toEqual({
      at: '2026-11-20T23:05:00.000Z',
      timeZone: 'Europe/Berlin',
      source: 'facts',
      eventId: null,
    });
    expect(moments.timeToDetectMs).toBe(25 * MIN);
    expect(moments.timeToMitigateMs).toBe(2 * 60 * MIN + 15 * MIN);
    expect(moments.timeToResolveMs).toBe(27 * 60 * MIN);
    expect(moments.totalDurationMs).toBe(27 * 60 * MIN + 25 * MIN);
  });

  it('falls back to the first detection and resolution events', () => {
    const doc = new Y.Doc();
    setIncidentTime(doc, 'started', { at: '2026-11-20T14:00:00Z', timeZone: 'UTC' });
    addEvent(doc, 'second-alert', '2026-11-20T14:30:00Z', 'detection');
    addEvent(doc, 'first-alert', '2026-11-20T14:10:00Z', 'detection');
    addEvent(doc, 'fixed', '2026-11-20T16:10:00Z', 'resolution');
    addEvent(doc, 'fixed-again', '2026-11-20T18:00:00Z', 'resolution');
    const moments = readKeyMoments(doc);
    expect(moments.aware).toEqual({
      at: '2026-11-20T14:10:00.000Z',
      timeZone: 'Europe/Berlin',
      source: 'timeline',
      eventId: 'first-alert',
    });
    expect(moments.resolved).toMatchObject({ source: 'timeline', eventId: 'fixed' });
    expect(moments.mitigated).toBeNull();
    expect(moments.timeToDetectMs).toBe(10 * MIN);
    expect(moments.timeToMitigateMs).toBeNull();
    expect(moments.timeToResolveMs).toBe(2 * 60 * MIN);
  });

  it('reports a negative duration when the facts contradict each other, so the UI can point it out', () => {
    const doc = new Y.Doc();
    setIncidentTime(doc, 'started', { at: '2026-11-20T15:00:00Z', timeZone: 'UTC' });
    setIncidentTime(doc, 'detected', { at: '2026-11-20T14:00:00Z', timeZone: 'UTC' });
    expect(readKeyMoments(doc).timeToDetectMs).toBe(-60 * MIN);
  });
});
