import { readStorage, writeStorage } from './browserStorage.ts';

const STORAGE_KEY = 'debrief:displayName';

export const MAX_DISPLAY_NAME_LENGTH = 40;

export function readDisplayName(): string {
  return readStorage(STORAGE_KEY) ?? '';
}

export function saveDisplayName(name: string): void {
  writeStorage(STORAGE_KEY, name);
}
