import { describe, expect, it } from 'vitest';
import { readCheckInReply } from './readCheckInReply.ts';

describe('readCheckInReply', () => {
  it('reads a held card with its text', () => {
    expect(
      readCheckInReply({
        checkIn: { participantId: 'p-1', name: 'Ana', note: 'Tired', mood: 2, passed: false, hidden: true, at: 5 },
        held: true,
      }),
    ).toEqual({
      checkIn: { participantId: 'p-1', name: 'Ana', note: 'Tired', mood: 2, passed: false, hidden: true, at: 5 },
      held: true,
    });
  });

  it('reads "not checked in yet"', () => {
    expect(readCheckInReply({ checkIn: null, held: false })).toEqual({ checkIn: null, held: false });
  });

  it('drops what it does not understand', () => {
    expect(readCheckInReply('nope')).toBeNull();
    expect(readCheckInReply({ checkIn: { name: 'Ana' } })).toBeNull();
    expect(
      readCheckInReply({ checkIn: { participantId: 'p', name: 'A', note: '', mood: 9, passed: 'yes' } })?.checkIn,
    ).toEqual({ participantId: 'p', name: 'A', note: null, mood: null, passed: false, hidden: false, at: 0 });
  });
});
