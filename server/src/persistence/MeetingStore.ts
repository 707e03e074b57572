import type { PublicMeeting, Role } from '@debrief/shared';

/** A meeting as stored: its facts at creation, and what only the server sees, such as its token hashes. */
export interface MeetingRecord extends PublicMeeting {
  /** SHA-256 of each role's token, hex. The tokens themselves are never stored. */
  readonly tokenHashes: Readonly<Record<Role, string>>;
  /** The participant and observer tokens, encrypted with a key only the facilitator token gives. */
  readonly sealedShareTokens: string | null;
  /**
   * The schema version of the meeting's content document. The server keeps it, never the document (which
   * participants write). Null for meetings from before it was kept here: their document says, up to version 3.
   */
  readonly schemaVersion: number | null;
}

export interface MeetingStore {
  createMeeting(meeting: MeetingRecord): Promise<void>;
  getMeeting(id: string): Promise<MeetingRecord | null>;
  setSchemaVersion(id: string, version: number): Promise<void>;
}
