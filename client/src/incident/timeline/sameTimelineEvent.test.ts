import type { TimelineEvent } from '@debrief/shared';
import { describe, expect, it } from 'vitest';
import { isSameTimelineEvent, reuseUnchangedEvents } from './sameTimelineEvent.ts';

function event(id: string, patch: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id,
    at: '2026-11-23T13:03:00.000Z',
    timeZone: 'Europe/Berlin',
    kind: 'action',
    description: `Event ${id}`,
    knownAtTheTime: true,
    createdAt: 1,
    createdBy: null,
    evidence: [],
    comments: [],
    ...patch,
  };
}

describe('isSameTimelineEvent', () => {
  it('compares every field, and can leave the description to its editor', () => {
    expect(isSameTimelineEvent(event('a'), event('a'))).toBe(true);
    expect(isSameTimelineEvent(event('a'), event('a', { kind: 'impact' }))).toBe(false);
    expect(isSameTimelineEvent(event('a'), event('a', { description: 'typed' }))).toBe(false);
    expect(isSameTimelineEvent(event('a'), event('a', { description: 'typed' }), true)).toBe(true);
    const comment = {
      id: 'c',
      authorId: 'p',
      authorName: 'Ana',
      text: 'Why?',
      createdAt: 2,
      kind: 'question' as const,
      resolved: false,
    };
    expect(isSameTimelineEvent(event('a', { comments: [comment] }), event('a', { comments: [{ ...comment }] }))).toBe(
      true,
    );
    expect(
      isSameTimelineEvent(
        event('a', { comments: [comment] }),
        event('a', { comments: [{ ...comment, resolved: true }] }),
      ),
    ).toBe(false);
  });
});

describe('reuseUnchangedEvents', () => {
  it('keeps the earlier objects of unchanged events, and the earlier list when nothing changed', () => {
    const previous = [event('a'), event('b')];
    expect(reuseUnchangedEvents(previous, [event('a'), event('b')])).toBe(previous);

    const next = reuseUnchangedEvents(previous, [event('a'), event('b', { kind: 'impact' })]);
    expect(next).not.toBe(previous);
    expect(next[0]).toBe(previous[0]);
    expect(next[1]).not.toBe(previous[1]);
  });

  it('can treat a change to a description alone as no change', () => {
    const previous = [event('a'), event('b')];
    expect(reuseUnchangedEvents(previous, [event('a', { description: 'typed' }), event('b')], true)).toBe(previous);
    expect(reuseUnchangedEvents(previous, [event('a', { description: 'typed' }), event('b')])).not.toBe(previous);
  });

  it('notices a new order, an added and a removed event', () => {
    const previous = [event('a'), event('b')];
    const reordered = reuseUnchangedEvents(previous, [event('b'), event('a')]);
    expect(reordered.map((e) => e.id)).toEqual(['b', 'a']);
    expect(reordered[0]).toBe(previous[1]);
    expect(reuseUnchangedEvents(previous, [event('a')]).map((e) => e.id)).toEqual(['a']);
    expect(reuseUnchangedEvents(previous, [event('a'), event('b'), event('c')])).toHaveLength(3);
  });
});
