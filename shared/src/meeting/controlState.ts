import type { Stage } from './stages.ts';

/** A stage's timer. While running, the time since `runningSince` adds to `elapsedMs`. */
export interface Timebox {
  durationMs: number | null;
  runningSince: number | null;
  elapsedMs: number;
}

/** The governed agenda state, written only by the server into the control document. */
export interface ControlState {
  stage: Stage;
  /** ms since the epoch */
  stageStartedAt: number;
  timebox: Timebox;
  /** participant ids promoted to facilitator (people who joined by the participant link) */
  facilitatorIds: string[];
  /** who leads now; null means whoever holds the facilitator link */
  leadFacilitatorId: string | null;
  /** the stage the meeting was closed from, so reopening goes back there */
  closedFromStage: Stage | null;
  /** how many votes each person may spread over the lesson cards */
  votesPerPerson: number;
  /** whether people may add lesson cards without their name */
  anonymousCardsAllowed: boolean;
  /** while true, check-in cards are held by the server and only shown at the reveal */
  checkInsHidden: boolean;
  /** past this many actions the actions stage warns that the list is growing too long */
  maxActions: number;
}

export const DEFAULT_VOTES_PER_PERSON = 3;
export const MAX_VOTES_PER_PERSON = 20;
/** A handful of actions that get done beats a long list that does not. */
export const DEFAULT_MAX_ACTIONS = 7;
export const MAX_ACTIONS_LIMIT = 50;

export function createTimebox(): Timebox {
  return { durationMs: null, runningSince: null, elapsedMs: 0 };
}

export function createControlState(now: number): ControlState {
  return {
    stage: 'prepare',
    stageStartedAt: now,
    timebox: createTimebox(),
    facilitatorIds: [],
    leadFacilitatorId: null,
    closedFromStage: null,
    votesPerPerson: DEFAULT_VOTES_PER_PERSON,
    anonymousCardsAllowed: true,
    checkInsHidden: false,
    maxActions: DEFAULT_MAX_ACTIONS,
  };
}

/** A whole number of actions, from 1 to MAX_ACTIONS_LIMIT, past which the list counts as long. */
export function isMaxActions(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= MAX_ACTIONS_LIMIT;
}

/** A whole number of votes the facilitator may give each person. */
export function isVotesPerPerson(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_VOTES_PER_PERSON;
}

export function isTimeboxRunning(timebox: Timebox): boolean {
  return timebox.runningSince !== null;
}

export function timeboxElapsedMs(timebox: Timebox, now: number): number {
  return timebox.elapsedMs + (timebox.runningSince === null ? 0 : now - timebox.runningSince);
}

/** Time left, or null when no duration is set. Negative once the timebox has overrun, so the UI can show by how much. */
export function timeboxRemainingMs(timebox: Timebox, now: number): number | null {
  return timebox.durationMs === null ? null : timebox.durationMs - timeboxElapsedMs(timebox, now);
}
