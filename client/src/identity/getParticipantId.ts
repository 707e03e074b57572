const STORAGE_KEY = 'debrief:participantId';

import { createId } from './createId.ts';

/** This browser's participant id: random, made once and kept, so every tab and visit is the same person. */
export function getParticipantId(): string {
  const stored = readStorage(STORAGE_KEY);
  if (stored && /^[\w-]{8,64}$/.test(stored)) return stored;
  // Without storage the id lasts as long as the page, which is still one person.
  unstoredId ??= `p-${createId()}`;
  writeStorage(STORAGE_KEY, unstoredId);
  return unstoredId;
}

let unstoredId: string | undefined;

// Storage can be disabled (private modes, policies); Debrief still works, it just forgets.
export function readStorage(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeStorage(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // See readStorage.
  }
}
