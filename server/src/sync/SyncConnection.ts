/** A message that goes to many connections; a transport may keep its encoded form here, made once for all. */
export interface SharedMessage {
  readonly bytes: Uint8Array;
  frame?: Uint8Array;
}

/** One client's websocket, as the sync code sees it. */
export interface SyncConnection {
  /** Whether this connection may change the document; others have their writes dropped. */
  readonly canWrite: boolean;
  send(message: Uint8Array): void;
  /** Sends a message that other connections get too. */
  sendShared(message: SharedMessage): void;
  close(code: number, reason: string): void;
}
