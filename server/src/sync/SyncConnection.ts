/** One client's websocket, as the sync code sees it. */
export interface SyncConnection {
  /** Whether this connection may change the document; others have their writes dropped. */
  readonly canWrite: boolean;
  send(message: Uint8Array): void;
  close(code: number, reason: string): void;
}
