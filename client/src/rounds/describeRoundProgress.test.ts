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
  it('reads who checked in or out from the rounds, and how many voted from the control document', () => {
    const rounds = new Y.Doc();
    const control = new Y.Doc();
    writeCheckIn(rounds, { participantId: 'a', name: 'Ana', at: 1, hidden: true });
    writeCheckOut(rounds, { participantId: 'b', name: 'Ben', note: '', rated: true, at: 2 });
    writeRoundProgress(control, { voters: 3, checkedIn: 1, checkedOut: 1 });
    expect(readRoundFinished(control, rounds, 'check-in')).toEqual(['a']);
    expect(readRoundFinished(control, rounds, 'check-out')).toEqual(['b']);
    expect(readRoundFinished(control, rounds, 'lessons')).toBe(3);
    expect(readRoundFinished(new Y.Doc(), null, 'lessons')).toBe(0);
  });

  it('gives only counts to whoever has no rounds document (observers)', () => {
    const control = new Y.Doc();
    writeRoundProgress(control, { checkedIn: 4, checkedOut: 2 });
    expect(readRoundFinished(control, null, 'check-in')).toBe(4);
    expect(readRoundFinished(control, null, 'check-out')).toBe(2);
  });
});
