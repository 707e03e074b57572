/** What a store holds for one document: a snapshot and the updates appended since. */
export interface StoredDocument {
  readonly snapshot: Uint8Array | null;
  readonly updates: readonly Uint8Array[];
  /** Position of the last stored update; compaction folds everything up to a position. */
  readonly lastSeq: number;
}

/**
 * Durable storage for Yjs documents. The sync code only speaks to this interface,
 * so SQLite and PostgreSQL stores are interchangeable.
 */
export interface RoomStore {
  load(docName: string): Promise<StoredDocument>;
  /** Appends updates in one write; resolves with the position of the last one once they are durable. */
  append(docName: string, updates: readonly Uint8Array[]): Promise<number>;
  /** Replaces the snapshot and drops every update up to and including `upToSeq`. */
  compact(docName: string, snapshot: Uint8Array, upToSeq: number): Promise<void>;
  close(): Promise<void>;
}
