import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createControlState } from '../meeting/controlState.ts';
import { readControlState, writeControlState } from './controlDoc.ts';

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
    };
    writeControlState(doc, state);
    expect(readControlState(doc)).toEqual(state);
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
