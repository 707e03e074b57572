import { describe, expect, it } from 'vitest';
import {
  createControlState,
  createTimebox,
  isTimeboxRunning,
  isVotesPerPerson,
  type Timebox,
  timeboxElapsedMs,
  timeboxRemainingMs,
} from './controlState.ts';

describe('createControlState', () => {
  it('starts in prepare at the given time, with no timebox and no promoted facilitators', () => {
    expect(createControlState(1_700_000_000_000)).toEqual({
      stage: 'prepare',
      stageStartedAt: 1_700_000_000_000,
      timebox: { durationMs: null, runningSince: null, elapsedMs: 0 },
      facilitatorIds: [],
      leadFacilitatorId: null,
      closedFromStage: null,
      votesPerPerson: 3,
      anonymousCardsAllowed: true,
      checkInsHidden: false,
      maxActions: 7,
    });
  });

  it('returns a fresh state each time, sharing nothing', () => {
    const a = createControlState(0);
    const b = createControlState(0);
    expect(a).not.toBe(b);
    expect(a.timebox).not.toBe(b.timebox);
    expect(a.facilitatorIds).not.toBe(b.facilitatorIds);
  });
});

describe('isVotesPerPerson', () => {
  it('accepts whole numbers from 0 to 20 only', () => {
    for (const votes of [0, 1, 3, 20]) expect(isVotesPerPerson(votes)).toBe(true);
    for (const votes of [-1, 21, 2.5, '3', null, Number.NaN]) expect(isVotesPerPerson(votes)).toBe(false);
  });
});

describe('timebox', () => {
  const fiveMinutes = 5 * 60_000;

  it('has no remaining time and is not running when no duration is set', () => {
    expect(timeboxRemainingMs(createTimebox(), 123)).toBeNull();
    expect(isTimeboxRunning(createTimebox())).toBe(false);
  });

  it('counts down only while running', () => {
    const paused: Timebox = { durationMs: fiveMinutes, runningSince: null, elapsedMs: 60_000 };
    expect(isTimeboxRunning(paused)).toBe(false);
    expect(timeboxElapsedMs(paused, 999_999)).toBe(60_000);
    expect(timeboxRemainingMs(paused, 999_999)).toBe(4 * 60_000);

    const running: Timebox = { ...paused, runningSince: 10_000 };
    expect(isTimeboxRunning(running)).toBe(true);
    expect(timeboxElapsedMs(running, 40_000)).toBe(90_000);
    expect(timeboxRemainingMs(running, 40_000)).toBe(fiveMinutes - 90_000);
  });

  it('goes negative on overrun so the UI can show by how much', () => {
    const running: Timebox = { durationMs: fiveMinutes, runningSince: 0, elapsedMs: 0 };
    expect(timeboxRemainingMs(running, fiveMinutes)).toBe(0);
    expect(timeboxRemainingMs(running, fiveMinutes + 30_000)).toBe(-30_000);
  });
});
