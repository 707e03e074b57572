import { describe, expect, it } from 'vitest';
import { createControlState } from './controlState.ts';
import { isFacilitator } from './isFacilitator.ts';
import type { MeetingActor } from './roles.ts';

describe('isFacilitator', () => {
  const state = { ...createControlState(0), facilitatorIds: ['p-promoted'] };

  it.each<{ who: string; actor: MeetingActor; expected: boolean }>([
    { who: 'the facilitator link holder', actor: { role: 'facilitator', participantId: 'p-link' }, expected: true },
    {
      who: 'the facilitator link holder before joining',
      actor: { role: 'facilitator', participantId: null },
      expected: true,
    },
    { who: 'a promoted participant', actor: { role: 'participant', participantId: 'p-promoted' }, expected: true },
    { who: 'a plain participant', actor: { role: 'participant', participantId: 'p-plain' }, expected: false },
    { who: 'a participant not yet joined', actor: { role: 'participant', participantId: null }, expected: false },
    {
      who: 'an observer with a promoted id',
      actor: { role: 'observer', participantId: 'p-promoted' },
      expected: false,
    },
  ])('$who → $expected', ({ actor, expected }) => {
    expect(isFacilitator(state, actor)).toBe(expected);
  });
});
