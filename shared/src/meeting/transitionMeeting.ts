import { type ControlState, createTimebox, isTimeboxRunning } from './controlState.ts';
import { isFacilitator } from './isFacilitator.ts';
import type { MeetingCommand } from './meetingCommand.ts';
import { type MeetingActor, Role } from './roles.ts';
import { nextStage, previousStage, type Stage } from './stages.ts';

export type TransitionResult = { ok: true; state: ControlState } | { ok: false; status: 403 | 409; message: string };

const forbiddenMessages: Record<MeetingCommand['type'], string> = {
  advance: 'Only a facilitator can move the meeting on',
  back: 'Only a facilitator can move the meeting on',
  goto: 'Only a facilitator can move the meeting on',
  setTimebox: 'Only a facilitator can set the timebox',
  startTimebox: 'Only a facilitator can start the timebox',
  pauseTimebox: 'Only a facilitator can pause the timebox',
  close: 'Only a facilitator can close the meeting',
  reopen: 'Only a facilitator can reopen the meeting',
  addFacilitator: 'Only a facilitator can add a facilitator',
  handOver: 'Only a facilitator can hand facilitation over',
  setVotesPerPerson: 'Only a facilitator can set how many votes each person has',
  setMaxActions: 'Only a facilitator can set how many actions are enough',
  setAnonymousCards: 'Only a facilitator can allow or turn off anonymous cards',
  setCheckInsHidden: 'Only a facilitator can hide or show check-in cards',
  revealCheckIns: 'Only a facilitator can reveal the check-in cards',
};

const CLOSED_MESSAGE = 'The meeting is closed; reopen it first';

/**
 * The stage machine: the new control state after `command`, or why not (403: not a facilitator; 409: not now).
 * Pure, and never mutates `state`; the server applies it and the client uses it to enable buttons.
 */
export function transitionMeeting(
  state: ControlState,
  command: MeetingCommand,
  actor: MeetingActor,
  now: number,
): TransitionResult {
  if (!isFacilitator(state, actor)) return forbidden(command);
  const closed = state.stage === 'closed';
  if ((command.type === 'advance' || command.type === 'back') && command.from && command.from !== state.stage) {
    return conflict('The meeting has already moved on from that stage');
  }

  switch (command.type) {
    case 'advance': {
      const stage = nextStage(state.stage);
      if (stage === null) return conflict(CLOSED_MESSAGE);
      // Advancing from check-out closes the meeting, which must remember where to reopen.
      if (stage === 'closed') return succeed(closeMeeting(state, now));
      return succeed(enterStage(state, stage, now));
    }
    case 'back': {
      if (closed) return conflict('The meeting is closed; reopen it to go back');
      const stage = previousStage(state.stage);
      if (stage === null) return conflict('This is the first stage; there is no stage before it');
      return succeed(enterStage(state, stage, now));
    }
    case 'goto': {
      if (closed) return conflict(CLOSED_MESSAGE);
      if (command.stage === 'closed') return conflict('To end the meeting, use close rather than going to that stage');
      if (command.stage === state.stage) return conflict('The meeting is already in that stage');
      return succeed(enterStage(state, command.stage, now));
    }
    case 'setTimebox': {
      if (closed) return conflict(CLOSED_MESSAGE);
      const durationMs = command.minutes === null ? null : command.minutes * 60_000;
      return succeed({ ...state, timebox: { durationMs, runningSince: null, elapsedMs: 0 } });
    }
    case 'startTimebox': {
      if (closed) return conflict(CLOSED_MESSAGE);
      if (state.timebox.durationMs === null) return conflict('Set a timebox before starting it');
      if (isTimeboxRunning(state.timebox)) return conflict('The timebox is already running');
      return succeed({ ...state, timebox: { ...state.timebox, runningSince: now } });
    }
    case 'pauseTimebox': {
      const { runningSince, elapsedMs } = state.timebox;
      if (runningSince === null) return conflict('The timebox is not running');
      return succeed({
        ...state,
        timebox: { ...state.timebox, runningSince: null, elapsedMs: elapsedMs + (now - runningSince) },
      });
    }
    case 'close': {
      if (closed) return conflict('The meeting is already closed');
      return succeed(closeMeeting(state, now));
    }
    case 'reopen': {
      if (!closed) return conflict('The meeting is not closed');
      return succeed({ ...enterStage(state, state.closedFromStage ?? 'check-out', now), closedFromStage: null });
    }
    case 'addFacilitator': {
      if (state.facilitatorIds.includes(command.participantId)) return conflict('That person is already a facilitator');
      return succeed({ ...state, facilitatorIds: [...state.facilitatorIds, command.participantId] });
    }
    case 'handOver': {
      const to = command.participantId;
      if (to === actor.participantId) return conflict('You cannot hand facilitation over to yourself');
      if (to === state.leadFacilitatorId) return conflict('That person already leads the meeting');
      const withNewLead = state.facilitatorIds.includes(to) ? state.facilitatorIds : [...state.facilitatorIds, to];
      // A promoted participant steps down when handing over; the facilitator link cannot be taken away.
      const facilitatorIds =
        actor.role === Role.participant ? withNewLead.filter((id) => id !== actor.participantId) : withNewLead;
      return succeed({ ...state, facilitatorIds, leadFacilitatorId: to });
    }
    case 'setVotesPerPerson': {
      if (closed) return conflict(CLOSED_MESSAGE);
      return succeed({ ...state, votesPerPerson: command.votes });
    }
    case 'setMaxActions': {
      if (closed) return conflict(CLOSED_MESSAGE);
      return succeed({ ...state, maxActions: command.actions });
    }
    case 'setAnonymousCards': {
      if (closed) return conflict(CLOSED_MESSAGE);
      return succeed({ ...state, anonymousCardsAllowed: command.allowed });
    }
    case 'setCheckInsHidden': {
      if (closed) return conflict(CLOSED_MESSAGE);
      return succeed({ ...state, checkInsHidden: command.hidden });
    }
    case 'revealCheckIns': {
      if (closed) return conflict(CLOSED_MESSAGE);
      // Revealing also ends hiding; the server then writes every held card into the document.
      return succeed({ ...state, checkInsHidden: false });
    }
  }
}

/** Whether `transitionMeeting` would accept the command; the client enables its controls with this. */
export function canApplyCommand(
  state: ControlState,
  command: MeetingCommand,
  actor: MeetingActor,
  now: number,
): boolean {
  return transitionMeeting(state, command, actor, now).ok;
}

function enterStage(state: ControlState, stage: Stage, now: number): ControlState {
  return { ...state, stage, stageStartedAt: now, timebox: createTimebox() };
}

function closeMeeting(state: ControlState, now: number): ControlState {
  return { ...enterStage(state, 'closed', now), closedFromStage: state.stage };
}

function forbidden(command: MeetingCommand): TransitionResult {
  return { ok: false, status: 403, message: forbiddenMessages[command.type] };
}

function conflict(message: string): TransitionResult {
  return { ok: false, status: 409, message };
}

function succeed(state: ControlState): TransitionResult {
  return { ok: true, state };
}
