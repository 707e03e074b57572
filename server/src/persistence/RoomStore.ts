/** What a store holds for one document: a snapshot and the updates appended since. */
export interface StoredDocument {
  readonly snapshot: Uint8Array | null;
  readonly updates: readonly Uint8Array[];
  /** Position of the last stored update; compaction folds everything up to a position. */
  readonly lastSeq: number;
}

/**
 * Durable storage for Yjs documents. The sync code only speaks to this interface, so SQLite and PostgreSQL stores
 * are interchangeable, and several server instances may share one store:
 * - positions are per document and have no gaps, and an update is readable before any later position is, so whoever
 *   has read up to a position has every update before it;
 * - compaction never moves back: a snapshot folding less than the stored one changes nothing.
 */
export interface RoomStore {
  load(docName: string): Promise<StoredDocument>;
  /**
   * What was stored after position `afterSeq`: the updates after it, or, when compaction has folded some of them
   * into the snapshot, the snapshot and every update after that.
   */
  readSince(docName: string, afterSeq: number): Promise<StoredDocument>;
  /** Appends updates in one write; resolves with the position of the last one once they are durable. */
  append(docName: string, updates: readonly Uint8Array[]): Promise<number>;
  /**
   * Replaces the snapshot and drops every update up to and including `upToSeq`, unless the stored snapshot already
   * folds in as much. The snapshot must hold every update up to `upToSeq`.
   */
  compact(docName: string, snapshot: Uint8Array, upToSeq: number): Promise<void>;
  close(): Promise<void>;
}
