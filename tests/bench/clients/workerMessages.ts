import type { RoomAddress } from '../servers/BenchServer.ts';

/** One client a worker should open: a real Y.Doc synced through the server's own client library. */
export interface ClientSpec {
  readonly id: number;
  /** The bench's number for the room, carried in every measurement. */
  readonly room: number;
  /** Writers make the edits; everyone else reports when each edit arrived. */
  readonly writer: boolean;
  readonly address: RoomAddress;
}

export type WorkerRequest =
  | { readonly type: 'open'; readonly clients: readonly ClientSpec[]; readonly timeoutMs: number }
  | { readonly type: 'edit'; readonly count: number; readonly intervalMs: number }
  | { readonly type: 'startTicking'; readonly intervalMs: number }
  | { readonly type: 'stopTicking' }
  | { readonly type: 'countArrivals' }
  | { readonly type: 'collect' }
  | { readonly type: 'closeAll' }
  | {
      readonly type: 'measureSync';
      readonly address: RoomAddress;
      readonly roots: readonly string[];
      readonly timeoutMs: number;
    }
  | {
      readonly type: 'push';
      readonly address: RoomAddress;
      readonly update: Uint8Array;
      readonly roots: readonly string[];
      readonly timeoutMs: number;
    };

export interface OpenResult {
  readonly synced: number;
  readonly failed: number;
  readonly ms: number;
}

/** Flat records: sends are (room, seq, sentAt) triples, arrivals (room, seq, sentAt, arrivedAt) quadruples. */
export interface CollectResult {
  readonly sends: Float64Array;
  readonly arrivals: Float64Array;
}

export interface MeasureSyncResult {
  /** From creating the provider (which opens the socket) to its first full sync, the document applied. */
  readonly ms: number;
  /** From creating the provider to the arrival of the server's message that completed the sync. */
  readonly answerMs: number;
  /** Entries of each requested root Y.Map after the sync, to prove the whole document arrived. */
  readonly rootSizes: readonly number[];
}

export type WorkerResponse =
  | { readonly id: number; readonly ok: true; readonly result: unknown }
  | { readonly id: number; readonly ok: false; readonly error: string };

export type WorkerEnvelope = WorkerRequest & { readonly id: number };
