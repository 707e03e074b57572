import { controlDocName, DOC_SCHEMA_VERSION } from '@debrief/shared';
import { type OpenedSyncedDoc, openSyncedDoc } from './openSyncedDoc.ts';

let started: OpenedSyncedDoc[] = [];

/** What every connection to a meeting's documents sends: the link's token and the schema this page knows. */
export function meetingSyncParams(token: string): Record<string, string> {
  return { token, v: String(DOC_SCHEMA_VERSION) };
}

/**
 * Starts syncing a meeting's documents before the meeting room has loaded. The control document goes first: it
 * is small, and the server answers it before it loads the (possibly large) content.
 */
export function startMeetingSync(meetingId: string, token: string): void {
  if (started.length > 0) return;
  const params = meetingSyncParams(token);
  started = [openSyncedDoc(controlDocName(meetingId), params), openSyncedDoc(meetingId, params)];
}

/** Called once the meeting room holds the documents itself. */
export function releaseStartedMeetingSync(): void {
  for (const opened of started) opened.release();
  started = [];
}
