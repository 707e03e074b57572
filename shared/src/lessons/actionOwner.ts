import { MAX_PARTICIPANT_ID_LENGTH } from '../meeting/meetingCommand.ts';

/** Exactly one person owns an action: someone in the meeting, or someone named who was not there. */
export type ActionOwner =
  | { readonly kind: 'participant'; readonly participantId: string; readonly name: string }
  | { readonly kind: 'named'; readonly name: string };

export const MAX_OWNER_NAME_LENGTH = 80;

export function isActionOwner(value: unknown): value is ActionOwner {
  if (typeof value !== 'object' || value === null) return false;
  const owner = value as Record<string, unknown>;
  const hasName =
    typeof owner.name === 'string' && owner.name.trim() !== '' && [...owner.name].length <= MAX_OWNER_NAME_LENGTH;
  if (owner.kind === 'named') return hasName;
  return (
    owner.kind === 'participant' &&
    hasName &&
    typeof owner.participantId === 'string' &&
    owner.participantId !== '' &&
    owner.participantId.length <= MAX_PARTICIPANT_ID_LENGTH
  );
}

/** A copy holding only the owner's own fields, fit to store. */
export function copyActionOwner(owner: ActionOwner): ActionOwner {
  return owner.kind === 'participant'
    ? { kind: 'participant', participantId: owner.participantId, name: owner.name.trim() }
    : { kind: 'named', name: owner.name.trim() };
}
