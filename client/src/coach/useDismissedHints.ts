import { useSyncExternalStore } from 'react';
import { readDismissedHints, subscribeDismissedHints } from './dismissedHints.ts';

const NONE: ReadonlySet<string> = new Set();

/** The hints this person dismissed in a meeting, kept in step across every field that shows hints. */
export function useDismissedHints(meetingId: string | null): ReadonlySet<string> {
  return useSyncExternalStore(subscribeDismissedHints, () =>
    meetingId === null ? NONE : readDismissedHints(meetingId),
  );
}
