import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createControlState } from '../meeting/controlState.ts';
import { readControlState, writeControlState } from './controlDoc.ts';
import { getControlMap } from './docSchema.ts';

describe('control document', () => {
  it('reads null before the server has written it', () => {
    expect(readControlState(new Y.Doc())).toBeNull();
  });

  it('round-trips the agenda state', () => {
    const doc = new Y.Doc();
    const state = {
      ...createControlState(1000),
      stage: 'timeline' as const,
      timebox: { durationMs: 600_000, runningSince: 2000, elapsedMs: 500 },
      facilitatorIds: ['p-1'],
      leadFacilitatorId: 'p-1',
      votesPerPerson: 7,
      anonymousCardsAllowed: false,
      maxActions: 12,
    };
    writeControlState(doc, state);
    expect(readControlState(doc)).toEqual(state);
  });

  it('reads the lessons settings of a document written before they existed as their defaults', () => {
    const doc = new Y.Doc();
    const map = getControlMap(doc);
    map.set('stage', 'lessons');
    map.set('stageStartedAt', 1000);
    expect(readControlState(doc)).toMatchObject({ stage: 'lessons', votesPerPerson: 3, anonymousCardsAllowed: true });
    map.set('votesPerPerson', 'many');
    map.set('anonymousCardsAllowed', 'yes');
    expect(readControlState(doc)).toMatchObject({ votesPerPerson: 3, anonymousCardsAllowed: true });
  });

  it('writes the lessons settings down once, then only when they change', () => {
    const doc = new Y.Doc();
    const map = getControlMap(doc);
    map.set('stage', 'lessons');
    const state = readControlState(doc);
    if (!state) throw new Error('expected a state');
    const changedKeys: string[] = [];
    map.observe((event) => changedKeys.push(...event.keysChanged));
    writeControlState(doc, state);
    expect(changedKeys).toContain('votesPerPerson');
    changedKeys.length = 0;
    writeControlState(doc, { ...state, votesPerPerson: 5 });
    expect(changedKeys).toEqual(['votesPerPerson']);
  });

  it('reads the action limit as its default until a facilitator sets one, and writes it only then', () => {
    const doc = new Y.Doc();
    const map = getControlMap(doc);
    writeControlState(doc, createControlState(1000));
    expect(map.has('maxActions')).toBe(false);
    expect(readControlState(doc)?.maxActions).toBe(7);
    for (const bad of [0, 51, 2.5, '5']) {
      map.set('maxActions', bad);
      expect(readControlState(doc)?.maxActions).toBe(7);
    }
    writeControlState(doc, { ...createControlState(1000), maxActions: 4 });
    expect(map.get('maxActions')).toBe(4);
    writeControlState(doc, { ...createControlState(1000), maxActions: 7 });
    expect(map.get('maxActions')).toBe(7);
  });

  it('writes only what changed', () => {
    const doc = new Y.Doc();
    writeControlState(doc, createControlState(1000));
    const changedKeys: string[] = [];
    doc.getMap('control').observe((event) => changedKeys.push(...event.keysChanged));
    writeControlState(doc, { ...createControlState(1000), stage: 'check-in', stageStartedAt: 5000 });
    expect(changedKeys.sort()).toEqual(['stage', 'stageStartedAt']);
  });
});
