import type { BlameFinding } from '@debrief/shared';
import { readStorage, writeStorage } from '../identity/browserStorage.ts';

// Dismissing a hint is this person's own choice: it stays in this browser and is never sent to anyone.
const MAX_KEPT = 500;
const listeners = new Set<() => void>();
const cache = new Map<string, ReadonlySet<string>>();

function storageKey(meetingId: string): string {
  return `debrief:dismissed-hints:${meetingId}`;
}

/** Which hint this is, so that the same phrase in the same field stays dismissed while the text around it changes. */
export function hintKey(fieldKey: string, text: string, finding: BlameFinding): string {
  return `${fieldKey}|${finding.kind}|${text.slice(finding.start, finding.end).toLowerCase()}`;
}

export function readDismissedHints(meetingId: string): ReadonlySet<string> {
  const cached = cache.get(meetingId);
  if (cached) return cached;
  let keys: string[] = [];
  try {
    const parsed: unknown = JSON.parse(readStorage(storageKey(meetingId)) ?? '[]');
    if (Array.isArray(parsed)) keys = parsed.filter((key): key is string => typeof key === 'string');
  } catch {
    // A damaged entry forgets what was dismissed; the hints come back, nothing else is lost.
  }
  const set = new Set(keys);
  cache.set(meetingId, set);
  return set;
}

export function dismissHint(meetingId: string, key: string): void {
  const next = [...readDismissedHints(meetingId), key].slice(-MAX_KEPT);
  cache.set(meetingId, new Set(next));
  writeStorage(storageKey(meetingId), JSON.stringify(next));
  for (const listener of listeners) listener();
}

export function subscribeDismissedHints(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
