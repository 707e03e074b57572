import { readStorage, writeStorage } from './browserStorage.ts';
import { createSecret } from './createId.ts';

const STORAGE_KEY = 'debrief:personalKey';

/**
 * This browser's secret personal key, sent as `X-Personal-Key`. The person's id in each meeting is derived from
 * it (see `getMeetingPerson`), so only this browser can act as that person; the key itself never leaves it but
 * over https/http to its own server.
 */
export function getPersonalKey(): string {
  const stored = readStorage(STORAGE_KEY);
  if (stored && /^[\w-]{16,128}$/.test(stored)) return stored;
  // Without storage the key lasts as long as the page, like the participant id.
  unstoredKey ??= createSecret(32);
  writeStorage(STORAGE_KEY, unstoredKey);
  return unstoredKey;
}

let unstoredKey: string | undefined;

/** Headers that say who is asking: for opening a meeting, its commands and the private endpoints (votes, check-ins). */
export function personalHeaders(participantId: string): Record<string, string> {
  return { 'X-Participant-Id': participantId, 'X-Personal-Key': getPersonalKey() };
}
