import { readStorage, writeStorage } from '../identity/browserStorage.ts';

const MAX_REMEMBERED = 200;

function storageKey(meetingId: string): string {
  return `debrief:anonymousCards:${meetingId}`;
}

/**
 * The anonymous cards this browser posted in a meeting. Kept only here, never in the document, so the
 * author alone can take their card back while nobody else can tell whose it is.
 */
export function readMyAnonymousCards(meetingId: string): ReadonlySet<string> {
  try {
    const ids: unknown = JSON.parse(readStorage(storageKey(meetingId)) ?? '[]');
    return new Set(Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : []);
  } catch {
    return new Set();
  }
}

export function rememberMyAnonymousCard(meetingId: string, cardId: string): ReadonlySet<string> {
  const ids = [...readMyAnonymousCards(meetingId), cardId].slice(-MAX_REMEMBERED);
  writeStorage(storageKey(meetingId), JSON.stringify(ids));
  return new Set(ids);
}
