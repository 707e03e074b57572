import { deriveKeyMoments, type TimelineEvent } from '@debrief/shared';
import { describe, expect, it } from 'vitest';
import { buildTimelineRows } from './timelineRows.ts';

const zone = 'Europe/Berlin';

function event(id: string, at: string, kind: TimelineEvent['kind'] = 'action'): TimelineEvent {
  return {
    id,
    at,
    timeZone: zone,
    kind,
    description: id,
    knownAtTheTime: true,
    createdAt: 1,
    createdBy: null,
    evidence: [],
    comments: [],
  };
}

const noFacts = { started: null, detected: null, mitigated: null, resolved: null };

function shape(rows: ReturnType<typeof buildTimelineRows>) {
  return rows.map((row) =>
    row.type === 'event' ? `${row.event.id}${row.moments.map((m) => `[${m}]`).join('')}` : row.key,
  );
}

describe('buildTimelineRows', () => {
  it('places the facts’ key moments among the events, before events at the same instant', () => {
    const events = [
      event('deploy', '2026-11-23T13:00:00Z'),
      event('alert', '2026-11-23T13:09:00Z', 'detection'),
      event('rollback', '2026-11-23T13:41:00Z'),
    ];
    const facts = {
      ...noFacts,
      started: { at: '2026-11-23T13:00:00.000Z', timeZone: zone },
      mitigated: { at: '2026-11-23T13:41:00.000Z', timeZone: zone },
      resolved: { at: '2026-11-23T15:00:00.000Z', timeZone: zone },
    };
    const rows = buildTimelineRows(events, deriveKeyMoments(facts, events));
    expect(shape(rows)).toEqual([
      'day:2026-11-23',
      'moment:started',
      'deploy',
      'alert[aware]',
      'moment:mitigated',
      'rollback',
      'moment:resolved',
    ]);
    const alert = rows.find((row) => row.type === 'event' && row.event.id === 'alert');
    expect(alert?.type === 'event' && alert.sinceStartMs).toBe(9 * 60_000);
  });

  it('starts a new day where the incident crosses midnight in the event’s zone', () => {
    const events = [
      event('late', '2026-11-23T22:50:00Z'),
      event('after-midnight', '2026-11-23T23:10:00Z'),
      event('fixed', '2026-11-24T01:00:00Z', 'resolution'),
    ];
    const rows = buildTimelineRows(events, deriveKeyMoments(noFacts, events));
    expect(shape(rows)).toEqual(['day:2026-11-23', 'late', 'day:2026-11-24', 'after-midnight', 'fixed[resolved]']);
    expect(rows.every((row) => row.type !== 'event' || row.sinceStartMs === null)).toBe(true);
  });

  it('gives an event every key moment it stands for', () => {
    const events = [event('only', '2026-11-23T13:00:00Z', 'detection')];
    const rows = buildTimelineRows(events, deriveKeyMoments(noFacts, events));
    expect(shape(rows)).toEqual(['day:2026-11-23', 'only[aware]']);
    expect(buildTimelineRows([], deriveKeyMoments(noFacts, []))).toEqual([]);
  });
});
