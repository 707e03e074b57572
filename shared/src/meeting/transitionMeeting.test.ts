import { describe, expect, it } from 'vitest';
import { type ControlState, createControlState, type Timebox, timeboxRemainingMs } from './controlState.ts';
import type { MeetingCommand } from './meetingCommand.ts';
import type { MeetingActor } from './roles.ts';
import { STAGES, type Stage } from './stages.ts';
import { canApplyCommand, type TransitionResult, transitionMeeting } from './transitionMeeting.ts';

const STARTED = 1_000_000;
const NOW = 2_000_000;

const linkHolder: MeetingActor = { role: 'facilitator', participantId: 'p-link' };
const linkHolderNotJoined: MeetingActor = { role: 'facilitator', participantId: null };
const promoted: MeetingActor = { role: 'participant', participantId: 'p-promoted' };
const participant: MeetingActor = { role: 'participant', participantId: 'p-plain' };
const participantNotJoined: MeetingActor = { role: 'participant', participantId: null };
const observer: MeetingActor = { role: 'observer', participantId: 'p-promoted' };

const facilitators = { linkHolder, linkHolderNotJoined, promoted };
const nonFacilitators = { participant, participantNotJoined, observer };
const actors = { ...facilitators, ...nonFacilitators };

const timeboxes = {
  unset: { durationMs: null, runningSince: null, elapsedMs: 0 },
  set: { durationMs: 600_000, runningSince: null, elapsedMs: 0 },
  running: { durationMs: 600_000, runningSince: STARTED, elapsedMs: 30_000 },
} satisfies Record<string, Timebox>;
type TimeboxKind = keyof typeof timeboxes;

/** A deeply frozen state, so any mutation by the function under test throws. */
function stateAt(stage: Stage, changes: Partial<ControlState> = {}): ControlState {
  const state: ControlState = {
    ...createControlState(STARTED),
    stage,
    facilitatorIds: ['p-promoted'],
    closedFromStage: stage === 'closed' ? 'lessons' : null,
    ...changes,
  };
  Object.freeze(state.timebox);
  Object.freeze(state.facilitatorIds);
  return Object.freeze(state);
}

function expectOk(result: TransitionResult): ControlState {
  if (!result.ok) throw new Error(`expected ok, got ${result.status}: ${result.message}`);
  return result.state;
}

function expectRefused(result: TransitionResult, status: 403 | 409, message?: string | RegExp): void {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.status).toBe(status);
  if (message !== undefined) expect(result.message).toMatch(message);
}

const commands = {
  advance: { type: 'advance' },
  back: { type: 'back' },
  setTimebox: { type: 'setTimebox', minutes: 15 },
  clearTimebox: { type: 'setTimebox', minutes: null },
  startTimebox: { type: 'startTimebox' },
  pauseTimebox: { type: 'pauseTimebox' },
  close: { type: 'close' },
  reopen: { type: 'reopen' },
  addFacilitator: { type: 'addFacilitator', participantId: 'p-new' },
  handOver: { type: 'handOver', participantId: 'p-new' },
  setVotesPerPerson: { type: 'setVotesPerPerson', votes: 5 },
  setAnonymousCards: { type: 'setAnonymousCards', allowed: false },
  setCheckInsHidden: { type: 'setCheckInsHidden', hidden: true },
  revealCheckIns: { type: 'revealCheckIns' },
} satisfies Record<string, MeetingCommand>;
type CommandName = keyof typeof commands;

type Outcome = 'ok' | 409;
const open = {
  advance: 'ok',
  back: 'ok',
  setTimebox: 'ok',
  close: 'ok',
  reopen: 409,
  setVotesPerPerson: 'ok',
  setAnonymousCards: 'ok',
  setCheckInsHidden: 'ok',
  revealCheckIns: 'ok',
} as const;

/** What a facilitator gets for each command in each stage, apart from the timebox commands below. */
const stageOutcomes: Record<Stage, Record<Exclude<CommandName, 'startTimebox' | 'pauseTimebox'>, Outcome>> = {
  prepare: { ...open, back: 409, clearTimebox: 'ok', addFacilitator: 'ok', handOver: 'ok' },
  'check-in': { ...open, clearTimebox: 'ok', addFacilitator: 'ok', handOver: 'ok' },
  timeline: { ...open, clearTimebox: 'ok', addFacilitator: 'ok', handOver: 'ok' },
  lessons: { ...open, clearTimebox: 'ok', addFacilitator: 'ok', handOver: 'ok' },
  actions: { ...open, clearTimebox: 'ok', addFacilitator: 'ok', handOver: 'ok' },
  'check-out': { ...open, clearTimebox: 'ok', addFacilitator: 'ok', handOver: 'ok' },
  closed: {
    advance: 409,
    back: 409,
    setTimebox: 409,
    clearTimebox: 409,
    close: 409,
    reopen: 'ok',
    addFacilitator: 'ok',
    handOver: 'ok',
    setVotesPerPerson: 409,
    setAnonymousCards: 409,
    setCheckInsHidden: 409,
    revealCheckIns: 409,
  },
};

/** What a facilitator gets for the timebox commands, by the timebox's state (a closed meeting starts nothing). */
const timeboxOutcomes: Record<TimeboxKind, Record<'startTimebox' | 'pauseTimebox', Outcome>> = {
  unset: { startTimebox: 409, pauseTimebox: 409 },
  set: { startTimebox: 'ok', pauseTimebox: 409 },
  running: { startTimebox: 409, pauseTimebox: 'ok' },
};

function expectedOutcome(stage: Stage, timebox: TimeboxKind, command: CommandName): Outcome {
  if (command === 'startTimebox' || command === 'pauseTimebox') {
    if (stage === 'closed' && command === 'startTimebox') return 409;
    return timeboxOutcomes[timebox][command];
  }
  return stageOutcomes[stage][command];
}

const grid = STAGES.flatMap((stage) =>
  (Object.keys(timeboxes) as TimeboxKind[]).flatMap((timebox) =>
    (Object.keys(commands) as CommandName[]).map((command) => ({ stage, timebox, command })),
  ),
);

describe('every stage × timebox × command × role', () => {
  describe.each(Object.entries(nonFacilitators))('%s', (_name, actor) => {
    it.each(grid)('$stage, timebox $timebox, $command → 403', ({ stage, timebox, command }) => {
      const state = stateAt(stage, { timebox: timeboxes[timebox] });
      expectRefused(transitionMeeting(state, commands[command], actor, NOW), 403, /^Only a facilitator can /);
      expect(canApplyCommand(state, commands[command], actor, NOW)).toBe(false);
    });
  });

  describe.each(Object.entries(facilitators))('%s', (_name, actor) => {
    it.each(grid)('$stage, timebox $timebox, $command', ({ stage, timebox, command }) => {
      const state = stateAt(stage, { timebox: timeboxes[timebox] });
      const expected = expectedOutcome(stage, timebox, command);
      const result = transitionMeeting(state, commands[command], actor, NOW);
      if (expected === 'ok') expectOk(result);
      else expectRefused(result, expected);
      expect(canApplyCommand(state, commands[command], actor, NOW)).toBe(expected === 'ok');
    });
  });
});

describe('goto: every stage × target × role', () => {
  const cases = STAGES.flatMap((stage) => STAGES.map((target) => ({ stage, target })));

  describe.each(Object.entries(nonFacilitators))('%s', (_name, actor) => {
    it.each(cases)('$stage → $target is 403', ({ stage, target }) => {
      expectRefused(
        transitionMeeting(stateAt(stage), { type: 'goto', stage: target }, actor, NOW),
        403,
        'Only a facilitator can move the meeting on',
      );
    });
  });

  describe.each(Object.entries(facilitators))('%s', (_name, actor) => {
    it.each(cases)('$stage → $target', ({ stage, target }) => {
      const result = transitionMeeting(stateAt(stage), { type: 'goto', stage: target }, actor, NOW);
      if (stage === 'closed') expectRefused(result, 409, 'The meeting is closed; reopen it first');
      else if (target === 'closed') expectRefused(result, 409, /use close/);
      else if (target === stage) expectRefused(result, 409, /already in that stage/);
      else expect(expectOk(result)).toMatchObject({ stage: target, stageStartedAt: NOW });
    });
  });
});

describe('authorisation', () => {
  it('refuses an observer with a plain-words message, before looking at the stage', () => {
    expectRefused(
      transitionMeeting(stateAt('closed'), { type: 'advance' }, observer, NOW),
      403,
      'Only a facilitator can move the meeting on',
    );
  });

  it('lets a participant facilitate once promoted, and not before', () => {
    const newcomer: MeetingActor = { role: 'participant', participantId: 'p-new' };
    expectRefused(transitionMeeting(stateAt('timeline'), { type: 'advance' }, newcomer, NOW), 403);
    const promotedState = expectOk(
      transitionMeeting(stateAt('timeline'), { type: 'addFacilitator', participantId: 'p-new' }, linkHolder, NOW),
    );
    expect(expectOk(transitionMeeting(promotedState, { type: 'advance' }, newcomer, NOW)).stage).toBe('lessons');
  });
});

describe('changing stage', () => {
  it.each<[string, Stage, MeetingCommand, Stage]>([
    ['advance', 'prepare', { type: 'advance' }, 'check-in'],
    ['advance', 'actions', { type: 'advance' }, 'check-out'],
    ['back', 'timeline', { type: 'back' }, 'check-in'],
    ['back', 'check-out', { type: 'back' }, 'actions'],
    ['goto', 'prepare', { type: 'goto', stage: 'lessons' }, 'lessons'],
    ['goto', 'actions', { type: 'goto', stage: 'prepare' }, 'prepare'],
  ])('%s from %s goes to %s, restarts the stage clock and clears the timebox', (_name, from, command, to) => {
    const state = stateAt(from, { timebox: timeboxes.running, leadFacilitatorId: 'p-promoted' });
    expect(expectOk(transitionMeeting(state, command, linkHolder, NOW))).toEqual({
      stage: to,
      stageStartedAt: NOW,
      timebox: { durationMs: null, runningSince: null, elapsedMs: 0 },
      facilitatorIds: ['p-promoted'],
      leadFacilitatorId: 'p-promoted',
      closedFromStage: null,
      votesPerPerson: 3,
      anonymousCardsAllowed: true,
      checkInsHidden: false,
      maxActions: 7,
    });
  });

  it('advancing from check-out closes the meeting, remembering check-out', () => {
    expect(expectOk(transitionMeeting(stateAt('check-out'), { type: 'advance' }, linkHolder, NOW))).toMatchObject({
      stage: 'closed',
      stageStartedAt: NOW,
      closedFromStage: 'check-out',
    });
  });

  it('refuses to advance a closed meeting or go back from it', () => {
    expectRefused(
      transitionMeeting(stateAt('closed'), { type: 'advance' }, linkHolder, NOW),
      409,
      'The meeting is closed; reopen it first',
    );
    expectRefused(transitionMeeting(stateAt('closed'), { type: 'back' }, linkHolder, NOW), 409, /reopen/);
  });

  it('refuses to go back from the first stage', () => {
    expectRefused(transitionMeeting(stateAt('prepare'), { type: 'back' }, linkHolder, NOW), 409, /first stage/);
  });
});

describe('close and reopen', () => {
  it.each(STAGES.filter((stage) => stage !== 'closed'))('closes from %s and reopens back there', (stage) => {
    const closed = expectOk(
      transitionMeeting(stateAt(stage, { timebox: timeboxes.running }), { type: 'close' }, promoted, NOW),
    );
    expect(closed).toEqual({
      stage: 'closed',
      stageStartedAt: NOW,
      timebox: { durationMs: null, runningSince: null, elapsedMs: 0 },
      facilitatorIds: ['p-promoted'],
      leadFacilitatorId: null,
      closedFromStage: stage,
      votesPerPerson: 3,
      anonymousCardsAllowed: true,
      checkInsHidden: false,
      maxActions: 7,
    });
    const reopened = expectOk(transitionMeeting(closed, { type: 'reopen' }, promoted, NOW + 5));
    expect(reopened).toEqual({ ...closed, stage, stageStartedAt: NOW + 5, closedFromStage: null });
  });

  it('reopens to check-out when the stage it was closed from is unknown', () => {
    const state = stateAt('closed', { closedFromStage: null });
    expect(expectOk(transitionMeeting(state, { type: 'reopen' }, linkHolder, NOW)).stage).toBe('check-out');
  });

  it('refuses to close twice or to reopen an open meeting', () => {
    expectRefused(transitionMeeting(stateAt('closed'), { type: 'close' }, linkHolder, NOW), 409, /already closed/);
    expectRefused(transitionMeeting(stateAt('lessons'), { type: 'reopen' }, linkHolder, NOW), 409, /not closed/);
  });
});

describe('timebox', () => {
  it('sets a duration in minutes, stopped and from zero, even over a running one', () => {
    const state = stateAt('lessons', { timebox: timeboxes.running });
    const next = expectOk(transitionMeeting(state, { type: 'setTimebox', minutes: 15 }, linkHolder, NOW));
    expect(next).toEqual({ ...state, timebox: { durationMs: 900_000, runningSince: null, elapsedMs: 0 } });
  });

  it('clears the duration with null', () => {
    const state = stateAt('lessons', { timebox: timeboxes.set });
    const next = expectOk(transitionMeeting(state, { type: 'setTimebox', minutes: null }, linkHolder, NOW));
    expect(next.timebox).toEqual({ durationMs: null, runningSince: null, elapsedMs: 0 });
  });

  it('starts, pauses and resumes, keeping the time already spent', () => {
    let state = stateAt('timeline', { timebox: { durationMs: 600_000, runningSince: null, elapsedMs: 0 } });
    state = expectOk(transitionMeeting(state, { type: 'startTimebox' }, linkHolder, 10_000));
    expect(state.timebox).toEqual({ durationMs: 600_000, runningSince: 10_000, elapsedMs: 0 });
    expect(timeboxRemainingMs(state.timebox, 70_000)).toBe(540_000);

    state = expectOk(transitionMeeting(state, { type: 'pauseTimebox' }, linkHolder, 70_000));
    expect(state.timebox).toEqual({ durationMs: 600_000, runningSince: null, elapsedMs: 60_000 });
    expect(timeboxRemainingMs(state.timebox, 500_000)).toBe(540_000);

    state = expectOk(transitionMeeting(state, { type: 'startTimebox' }, linkHolder, 100_000));
    state = expectOk(transitionMeeting(state, { type: 'pauseTimebox' }, linkHolder, 130_000));
    expect(state.timebox).toEqual({ durationMs: 600_000, runningSince: null, elapsedMs: 90_000 });
    expect(state.stageStartedAt).toBe(STARTED);
  });

  it('explains why it cannot start or pause', () => {
    expectRefused(
      transitionMeeting(stateAt('lessons'), { type: 'startTimebox' }, linkHolder, NOW),
      409,
      /Set a timebox/,
    );
    expectRefused(
      transitionMeeting(stateAt('lessons', { timebox: timeboxes.running }), { type: 'startTimebox' }, linkHolder, NOW),
      409,
      /already running/,
    );
    expectRefused(
      transitionMeeting(stateAt('lessons', { timebox: timeboxes.set }), { type: 'pauseTimebox' }, linkHolder, NOW),
      409,
      /not running/,
    );
    expectRefused(
      transitionMeeting(stateAt('closed'), { type: 'setTimebox', minutes: 5 }, linkHolder, NOW),
      409,
      'The meeting is closed; reopen it first',
    );
  });
});

describe('lessons settings', () => {
  it('sets the votes per person and whether cards may be anonymous, keeping the stage and its clock', () => {
    const state = stateAt('lessons', { timebox: timeboxes.running });
    const fewer = expectOk(transitionMeeting(state, { type: 'setVotesPerPerson', votes: 0 }, promoted, NOW));
    expect(fewer).toEqual({ ...state, votesPerPerson: 0 });
    const named = expectOk(transitionMeeting(fewer, { type: 'setAnonymousCards', allowed: false }, linkHolder, NOW));
    expect(named).toEqual({ ...state, votesPerPerson: 0, anonymousCardsAllowed: false });
    expect(
      expectOk(transitionMeeting(named, { type: 'setAnonymousCards', allowed: true }, linkHolder, NOW))
        .anonymousCardsAllowed,
    ).toBe(true);
  });

  it('explains who may change them and when', () => {
    expectRefused(
      transitionMeeting(stateAt('lessons'), commands.setVotesPerPerson, participant, NOW),
      403,
      'Only a facilitator can set how many votes each person has',
    );
    expectRefused(
      transitionMeeting(stateAt('lessons'), commands.setAnonymousCards, observer, NOW),
      403,
      'Only a facilitator can allow or turn off anonymous cards',
    );
    expectRefused(
      transitionMeeting(stateAt('closed'), commands.setAnonymousCards, linkHolder, NOW),
      409,
      'The meeting is closed; reopen it first',
    );
  });
});

describe('facilitators', () => {
  it('adds a facilitator, once', () => {
    const state = expectOk(
      transitionMeeting(stateAt('check-in'), { type: 'addFacilitator', participantId: 'p-new' }, promoted, NOW),
    );
    expect(state.facilitatorIds).toEqual(['p-promoted', 'p-new']);
    expect(state.leadFacilitatorId).toBeNull();
    expectRefused(
      transitionMeeting(state, { type: 'addFacilitator', participantId: 'p-new' }, linkHolder, NOW),
      409,
      /already a facilitator/,
    );
  });

  it('the link holder hands over and stays a facilitator', () => {
    const state = expectOk(
      transitionMeeting(stateAt('lessons'), { type: 'handOver', participantId: 'p-new' }, linkHolder, NOW),
    );
    expect(state).toEqual({
      ...stateAt('lessons'),
      facilitatorIds: ['p-promoted', 'p-new'],
      leadFacilitatorId: 'p-new',
    });
    expect(canApplyCommand(state, { type: 'advance' }, linkHolder, NOW)).toBe(true);
  });

  it('a promoted participant hands over and steps down', () => {
    const state = expectOk(
      transitionMeeting(
        stateAt('lessons', { leadFacilitatorId: 'p-promoted' }),
        { type: 'handOver', participantId: 'p-new' },
        promoted,
        NOW,
      ),
    );
    expect(state.facilitatorIds).toEqual(['p-new']);
    expect(state.leadFacilitatorId).toBe('p-new');
    expectRefused(transitionMeeting(state, { type: 'advance' }, promoted, NOW), 403);
    expect(canApplyCommand(state, { type: 'advance' }, { role: 'participant', participantId: 'p-new' }, NOW)).toBe(
      true,
    );
  });

  it('hands over to someone already a facilitator without listing them twice', () => {
    const state = expectOk(
      transitionMeeting(
        stateAt('lessons', { facilitatorIds: ['p-promoted', 'p-other'] }),
        { type: 'handOver', participantId: 'p-other' },
        linkHolder,
        NOW,
      ),
    );
    expect(state.facilitatorIds).toEqual(['p-promoted', 'p-other']);
    expect(state.leadFacilitatorId).toBe('p-other');
  });

  it('refuses to hand over to yourself or to the current lead', () => {
    expectRefused(
      transitionMeeting(stateAt('lessons'), { type: 'handOver', participantId: 'p-promoted' }, promoted, NOW),
      409,
      /yourself/,
    );
    expectRefused(
      transitionMeeting(stateAt('lessons'), { type: 'handOver', participantId: 'p-link' }, linkHolder, NOW),
      409,
      /yourself/,
    );
    expectRefused(
      transitionMeeting(
        stateAt('lessons', { leadFacilitatorId: 'p-promoted' }),
        { type: 'handOver', participantId: 'p-promoted' },
        linkHolder,
        NOW,
      ),
      409,
      /already leads/,
    );
  });
});

describe('purity', () => {
  it('never changes the state it is given, whatever the command', () => {
    for (const [name, actor] of Object.entries(actors)) {
      for (const stage of STAGES) {
        for (const command of Object.values(commands)) {
          const state = stateAt(stage, { timebox: timeboxes.running });
          const before = JSON.stringify(state);
          expect(() => transitionMeeting(state, command, actor, NOW), `${name} ${stage} ${command.type}`).not.toThrow();
          expect(JSON.stringify(state)).toBe(before);
        }
      }
    }
  });

  it('gives the same answer for the same inputs', () => {
    const state = stateAt('timeline', { timebox: timeboxes.set });
    expect(transitionMeeting(state, { type: 'startTimebox' }, linkHolder, NOW)).toEqual(
      transitionMeeting(state, { type: 'startTimebox' }, linkHolder, NOW),
    );
  });
});

describe('the action limit', () => {
  const linkHolder = { role: 'facilitator', participantId: null } as const;
  const participant = { role: 'participant', participantId: 'p-plain' } as const;

  it('a facilitator sets it, a participant may not, and a closed meeting keeps its own', () => {
    const set = expectOk(transitionMeeting(stateAt('actions'), { type: 'setMaxActions', actions: 4 }, linkHolder, NOW));
    expect(set.maxActions).toBe(4);
    expect(transitionMeeting(set, { type: 'setMaxActions', actions: 9 }, participant, NOW)).toEqual({
      ok: false,
      status: 403,
      message: 'Only a facilitator can set how many actions are enough',
    });
    expect(transitionMeeting(stateAt('closed'), { type: 'setMaxActions', actions: 9 }, linkHolder, NOW)).toMatchObject({
      ok: false,
      status: 409,
    });
  });
});

describe('hidden check-ins', () => {
  const linkHolder = { role: 'facilitator', participantId: null } as const;
  const participant = { role: 'participant', participantId: 'p-plain' } as const;

  it('a facilitator hides cards, and revealing shows them and ends hiding', () => {
    const hidden = expectOk(
      transitionMeeting(stateAt('check-in'), { type: 'setCheckInsHidden', hidden: true }, linkHolder, NOW),
    );
    expect(hidden.checkInsHidden).toBe(true);
    expect(expectOk(transitionMeeting(hidden, { type: 'revealCheckIns' }, linkHolder, NOW)).checkInsHidden).toBe(false);
  });

  it('a participant may neither hide nor reveal', () => {
    const result = transitionMeeting(stateAt('check-in'), { type: 'revealCheckIns' }, participant, NOW);
    expect(result).toMatchObject({ ok: false, status: 403 });
  });
});

describe('moving on from the stage the sender saw', () => {
  const lead: MeetingActor = { role: 'facilitator', participantId: null };

  it('moves the meeting once when two facilitators press Next together', () => {
    const start = stateAt('timeline');
    const first = transitionMeeting(start, { type: 'advance', from: 'timeline' }, lead, NOW);
    expect(first).toMatchObject({ ok: true, state: { stage: 'lessons' } });
    if (!first.ok) return;
    expectRefused(transitionMeeting(first.state, { type: 'advance', from: 'timeline' }, lead, NOW), 409);
    expectRefused(transitionMeeting(first.state, { type: 'back', from: 'timeline' }, lead, NOW), 409);
    expect(transitionMeeting(first.state, { type: 'back', from: 'lessons' }, lead, NOW)).toMatchObject({
      ok: true,
      state: { stage: 'timeline' },
    });
  });
});
