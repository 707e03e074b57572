import { controlDocName, DOC_SCHEMA_VERSION, roundsDocName } from '@debrief/shared';
import { getMeetingPerson } from '../identity/getMeetingPerson.ts';
import { type OpenedSyncedDoc, openSyncedDoc } from './openSyncedDoc.ts';

let started: OpenedSyncedDoc[] = [];

/** What every connection to a meeting's documents sends: the link's token and the schema this page knows. */
export function meetingSyncParams(token: string): Record<string, string> {
  return { token, v: String(DOC_SCHEMA_VERSION) };
}

/**
 * The content document's connection also says who this person is and proves it, so that the server lets it show
 * this person's presence (and no one else's).
 */
function contentSyncParams(meetingId: string, token: string): Record<string, string> {
  const { participantId, presenceKey } = getMeetingPerson(meetingId);
  return { ...meetingSyncParams(token), person: participantId, proof: presenceKey };
}

/**
 * Opens a meeting's two documents, both at once: the room needs both to be usable, so the content's handshake does
 * not wait for the control's. Each connection says which schema it knows, so the server turns an outdated page
 * away on either.
 */
export function openMeetingDocs(
  meetingId: string,
  token: string,
): { readonly control: OpenedSyncedDoc; readonly content: OpenedSyncedDoc } {
  const control = openSyncedDoc(controlDocName(meetingId), meetingSyncParams(token));
  const content = openSyncedDoc(meetingId, contentSyncParams(meetingId, token));
  return { control, content };
}

/** The check-ins and check-outs by name, which observers never open: only facilitators and participants do. */
export function openRoundsDoc(meetingId: string, token: string, after: OpenedSyncedDoc): OpenedSyncedDoc {
  return openSyncedDoc(roundsDocName(meetingId), meetingSyncParams(token), { connectAfter: after.provider });
}

/** Starts syncing a meeting's documents before the meeting room has loaded. */
export function startMeetingSync(meetingId: string, token: string): void {
  if (started.length > 0) return;
  const { control, content } = openMeetingDocs(meetingId, token);
  started = [control, content];
}

/** Called once the meeting room holds the documents itself. */
export function releaseStartedMeetingSync(): void {
  for (const opened of started) opened.release();
  started = [];
}
