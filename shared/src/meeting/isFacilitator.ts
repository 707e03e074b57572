import type { ControlState } from './controlState.ts';
import { type MeetingActor, Role } from './roles.ts';

/** Holders of the facilitator link, and participants promoted to facilitator, may govern the meeting. */
export function isFacilitator(state: ControlState, actor: MeetingActor): boolean {
  if (actor.role === Role.facilitator) return true;
  return (
    actor.role === Role.participant &&
    actor.participantId !== null &&
    state.facilitatorIds.includes(actor.participantId)
  );
}
