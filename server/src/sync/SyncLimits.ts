/** What one sync connection, and one document, may cost the server. Each is answered with a clear refusal. */
export interface SyncLimits {
  /** Document messages (sync and updates) one connection may send per second, sustained; bursts may be larger. */
  readonly updatesPerSecond: number;
  /** Presence (awareness) messages one connection may send per second, sustained, with the same bursts. */
  readonly presencePerSecond: number;
  /** Largest presence message, in bytes. */
  readonly maxPresenceBytes: number;
  /** Largest a document may grow, in stored bytes (its snapshot and the updates appended since). */
  readonly maxDocumentBytes: number;
  /** Connections one document holds at once. */
  readonly maxConnectionsPerDocument: number;
  /** Bytes waiting to go out to one connection before it is closed as too slow. */
  readonly maxBufferedBytes: number;
}

/** A connection may send this many seconds' worth of messages at once; then no faster than the sustained rate. */
export const BURST_SECONDS = 10;

/**
 * Well above what a real meeting needs: 300 people typing, a board being dragged at a screen's refresh rate, a paste
 * of 2,000 timeline events (about 1 MB) and the bench's 300 clients in one room stay far below each.
 */
export const defaultSyncLimits: SyncLimits = {
  updatesPerSecond: 200,
  presencePerSecond: 60,
  maxPresenceBytes: 16 * 1024,
  maxDocumentBytes: 32 * 1024 * 1024,
  maxConnectionsPerDocument: 500,
  maxBufferedBytes: 16 * 1024 * 1024,
};
