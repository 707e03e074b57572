import type { LibraryDocument, LibraryResponse, OpenAction, Severity } from '@debrief/shared';

/** A published post-mortem as kept by the library. */
export interface LibraryEntry {
  readonly meetingId: string;
  readonly document: LibraryDocument;
  readonly services: readonly string[];
  /** the read-only record's path, `/m/<id>#<observer token>`: publishing makes it findable */
  readonly path: string;
  /** ms since the epoch */
  readonly publishedAt: number;
}

export interface LibrarySearch {
  /** a full-text query, already made safe (see `toFullTextQuery`); null lists everything */
  readonly match: string | null;
  readonly severity?: Severity | null;
  readonly service?: string | null;
  /** YYYY-MM-DD, inclusive, on the day the incident started */
  readonly from?: string | null;
  readonly to?: string | null;
  readonly limit: number;
  /** leaves one meeting out, for "related" */
  readonly excludeId?: string | null;
}

/** Published post-mortems, searchable, and their actions. Unpublished meetings are never in it. */
export interface LibraryStore {
  /** Publishes a post-mortem, or refreshes what the library holds of it. */
  publish(entry: LibraryEntry): Promise<void>;
  /** Refreshes what a published post-mortem says; nothing when it is not published. */
  refresh(meetingId: string, document: LibraryDocument): Promise<void>;
  withdraw(meetingId: string): Promise<void>;
  get(meetingId: string): Promise<Pick<LibraryEntry, 'services' | 'publishedAt' | 'path'> | null>;
  search(search: LibrarySearch): Promise<LibraryResponse>;
  /** Open and in-progress actions of every published post-mortem, by owner, then due date. */
  openActions(): Promise<OpenAction[]>;
}
