import type { ActionOwner } from './actionOwner.ts';

export const OWNER_NEEDED_MESSAGE = 'Give this action an owner before marking it done';

/** An action nobody owns is nobody's to finish, so it cannot be marked done. */
export function canCompleteAction(action: { readonly owner: ActionOwner | null }): boolean {
  return action.owner !== null;
}
