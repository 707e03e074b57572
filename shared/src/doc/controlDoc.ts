import type * as Y from 'yjs';
import {
  type ControlState,
  createTimebox,
  DEFAULT_MAX_ACTIONS,
  DEFAULT_VOTES_PER_PERSON,
  isMaxActions,
  isVotesPerPerson,
  type Timebox,
} from '../meeting/controlState.ts';
import { isStage } from '../meeting/stages.ts';
import { ControlKey, getControlMap } from './docSchema.ts';

/** Reads the agenda state; null until the server has written it. Settings missing from older documents read as defaults. */
export function readControlState(doc: Y.Doc): ControlState | null {
  const map = getControlMap(doc);
  const stage = map.get(ControlKey.stage);
  if (!isStage(stage)) return null;
  const stageStartedAt = map.get(ControlKey.stageStartedAt);
  const facilitatorIds = map.get(ControlKey.facilitatorIds);
  const lead = map.get(ControlKey.leadFacilitatorId);
  const closedFrom = map.get(ControlKey.closedFromStage);
  const votesPerPerson = map.get(ControlKey.votesPerPerson);
  const anonymousCardsAllowed = map.get(ControlKey.anonymousCardsAllowed);
  const checkInsHidden = map.get(ControlKey.checkInsHidden);
  const maxActions = map.get(ControlKey.maxActions);
  return {
    stage,
    stageStartedAt: typeof stageStartedAt === 'number' ? stageStartedAt : 0,
    timebox: readTimebox(map.get(ControlKey.timebox)),
    facilitatorIds: Array.isArray(facilitatorIds) ? facilitatorIds.filter((id) => typeof id === 'string') : [],
    leadFacilitatorId: typeof lead === 'string' ? lead : null,
    closedFromStage: isStage(closedFrom) ? closedFrom : null,
    votesPerPerson: isVotesPerPerson(votesPerPerson) ? votesPerPerson : DEFAULT_VOTES_PER_PERSON,
    anonymousCardsAllowed: typeof anonymousCardsAllowed === 'boolean' ? anonymousCardsAllowed : true,
    checkInsHidden: checkInsHidden === true,
    maxActions: isMaxActions(maxActions) ? maxActions : DEFAULT_MAX_ACTIONS,
  };
}

/** Writes only the fields that changed, so observers see small updates. */
export function writeControlState(doc: Y.Doc, state: ControlState): void {
  const map = getControlMap(doc);
  const previous = readControlState(doc);
  doc.transact(() => {
    if (previous?.stage !== state.stage) map.set(ControlKey.stage, state.stage);
    if (previous?.stageStartedAt !== state.stageStartedAt) map.set(ControlKey.stageStartedAt, state.stageStartedAt);
    if (JSON.stringify(previous?.timebox) !== JSON.stringify(state.timebox)) {
      map.set(ControlKey.timebox, { ...state.timebox });
    }
    if (JSON.stringify(previous?.facilitatorIds) !== JSON.stringify(state.facilitatorIds)) {
      map.set(ControlKey.facilitatorIds, [...state.facilitatorIds]);
    }
    if (previous?.leadFacilitatorId !== state.leadFacilitatorId) {
      map.set(ControlKey.leadFacilitatorId, state.leadFacilitatorId);
    }
    if (previous?.closedFromStage !== state.closedFromStage) map.set(ControlKey.closedFromStage, state.closedFromStage);
    // Compared with what is stored, not what reads back, so defaults get written down the first time.
    if (map.get(ControlKey.votesPerPerson) !== state.votesPerPerson) {
      map.set(ControlKey.votesPerPerson, state.votesPerPerson);
    }
    if (map.get(ControlKey.anonymousCardsAllowed) !== state.anonymousCardsAllowed) {
      map.set(ControlKey.anonymousCardsAllowed, state.anonymousCardsAllowed);
    }
    if (map.get(ControlKey.checkInsHidden) !== state.checkInsHidden) {
      map.set(ControlKey.checkInsHidden, state.checkInsHidden);
    }
    // Written only once a facilitator changes it, so older meetings' control documents do not grow on load.
    if (map.get(ControlKey.maxActions) !== undefined || state.maxActions !== DEFAULT_MAX_ACTIONS) {
      if (map.get(ControlKey.maxActions) !== state.maxActions) map.set(ControlKey.maxActions, state.maxActions);
    }
  });
}

function readTimebox(value: unknown): Timebox {
  if (typeof value !== 'object' || value === null) return createTimebox();
  const { durationMs, runningSince, elapsedMs } = value as Partial<Record<keyof Timebox, unknown>>;
  return {
    durationMs: typeof durationMs === 'number' ? durationMs : null,
    runningSince: typeof runningSince === 'number' ? runningSince : null,
    elapsedMs: typeof elapsedMs === 'number' ? elapsedMs : 0,
  };
}
