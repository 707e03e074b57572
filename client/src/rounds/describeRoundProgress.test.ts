import { writeCheckIn, writeCheckOut, writeRoundProgress } from '@debrief/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { describeRoundProgress, hasRound, readRoundFinished } from './describeRoundProgress.ts';

describe('describeRoundProgress', () => {
  it('counts the people here who did the round', () => {
    expect(describeRoundProgress('check-in', ['a', 'b', 'c', 'd'], ['a', 'b', 'c'])).toEqual({
      done: 3,
      total: 4,
      text: '3 of 4 checked in',
    });
    expect(describeRoundProgress('check-out', ['a', 'b'], ['b'])?.text).toBe('1 of 2 checked out');
  });

  it('still counts someone who did the round and left', () => {
    expect(describeRoundProgress('check-in', ['a', 'b'], ['a', 'gone'])?.text).toBe('2 of 3 checked in');
  });

  it('takes a count of voters, and never shows more done than total', () => {
    expect(describeRoundProgress('lessons', ['a', 'b', 'c', 'd'], 2)?.text).toBe('2 of 4 voted');
    expect(describeRoundProgress('lessons', ['a'], 3)?.text).toBe('3 of 3 voted');
  });

  it('has nothing to say for stages without a round', () => {
    expect(describeRoundProgress('timeline', ['a'], ['a'])).toBeNull();
    expect(hasRound('timeline')).toBe(false);
    expect(hasRound('check-out')).toBe(true);
  });
});

describe('readRoundFinished', () => {
  it('reads who checked in or out, and how many voted', () => {
    const doc = new Y.Doc();
    writeCheckIn(doc, { participantId: 'a', name: 'Ana', at: 1, hidden: true });
    writeCheckOut(doc, { participantId: 'b', name: 'Ben', note: '', rated: true, at: 2 });
    writeRoundProgress(doc, { voters: 3 });
    expect(readRoundFinished(doc, 'check-in')).toEqual(['a']);
    expect(readRoundFinished(doc, 'check-out')).toEqual(['b']);
    expect(readRoundFinished(doc, 'lessons')).toBe(3);
    expect(readRoundFinished(new Y.Doc(), 'lessons')).toBe(0);
  });
});
