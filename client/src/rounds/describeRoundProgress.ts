import { readCheckIns, readCheckOuts, readRoundProgress, type Stage } from '@debrief/shared';
import type * as Y from 'yjs';

/** How far a stage's round has come: "3 of 4 checked in". */
export interface RoundCount {
  readonly done: number;
  readonly total: number;
  readonly text: string;
}

const roundVerbs: Partial<Record<Stage, string>> = {
  'check-in': 'checked in',
  lessons: 'voted',
  'check-out': 'checked out',
};

/** Whether the stage has a round that everyone takes part in. */
export function hasRound(stage: Stage): boolean {
  return stage in roundVerbs;
}

/**
 * The progress of the stage's round, or null for a stage without one. `present` are the people in the room
 * (not observers); `finished` the ids of people who did the round, or just a count when only the server knows who.
 * Someone who finished and then left still counts, so the total is everyone who took part or is here.
 */
export function describeRoundProgress(
  stage: Stage,
  present: readonly string[],
  finished: readonly string[] | number,
): RoundCount | null {
  const verb = roundVerbs[stage];
  if (verb === undefined) return null;
  let done: number;
  let total: number;
  if (typeof finished === 'number') {
    done = Math.max(0, Math.floor(finished));
    total = Math.max(done, new Set(present).size);
  } else {
    const finishedIds = new Set(finished);
    done = finishedIds.size;
    total = new Set([...present, ...finishedIds]).size;
  }
  return { done, total, text: `${done} of ${total} ${verb}` };
}

/**
 * Who finished the stage's round: ids for check-in and check-out from the rounds document, else a count from the
 * control document (votes always; check-ins and check-outs for whoever does not have the rounds document).
 */
export function readRoundFinished(control: Y.Doc, rounds: Y.Doc | null, stage: Stage): readonly string[] | number {
  switch (stage) {
    case 'check-in':
      return rounds ? readCheckIns(rounds).map((entry) => entry.participantId) : readRoundProgress(control).checkedIn;
    case 'check-out':
      return rounds ? readCheckOuts(rounds).map((entry) => entry.participantId) : readRoundProgress(control).checkedOut;
    case 'lessons':
      return readRoundProgress(control).voters;
    default:
      return [];
  }
}
