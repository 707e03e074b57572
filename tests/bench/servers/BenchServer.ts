export const SERVER_KINDS = ['debrief', 'hocuspocus', 'reference'] as const;

export type ServerKind = (typeof SERVER_KINDS)[number];

export const serverLabels: Record<ServerKind, string> = {
  debrief: 'Debrief',
  hocuspocus: 'Hocuspocus',
  reference: 'y-websocket ref.',
};

/** Everything a client needs to open one room (document) on one server. */
export interface RoomAddress {
  readonly kind: ServerKind;
  /** Websocket base URL the client library is given. */
  readonly url: string;
  readonly docName: string;
  /** Debrief's participant token; the anchors take none. */
  readonly token?: string;
  /** Where the room's readers connect, when it is not where its writer does (another instance of the same server). */
  readonly readerUrl?: string;
}

/** A server under test, running in its own child process. */
export interface BenchServer {
  readonly kind: ServerKind;
  readonly pid: number;
  /** Every process serving the rooms, when there are several; their CPU time is added up. */
  readonly pids?: readonly number[];
  /** Makes a new, empty room: a meeting on Debrief, a fresh document name on the anchors. */
  createRoom(): Promise<RoomAddress>;
  /** The address of a room that exists already, e.g. after a restart on the same data. */
  addressOf(room: RoomAddress): RoomAddress;
  /** Documents the server holds in memory, or null when it cannot tell. */
  loadedDocuments(): Promise<number | null>;
  /** Stops the process (gracefully, then by force) and resolves once it has exited. */
  stop(): Promise<void>;
}
