/** A message that goes to many connections; a transport may keep its encoded form here, made once for all. */
export interface SharedMessage {
  readonly bytes: Uint8Array;
  frame?: Uint8Array;
}

/**
 * Whether a connection may publish this presence (awareness) state; asked for every state it sends. A state that
 * fails is dropped, and the rest of the message still applies.
 */
export type PresencePolicy = (state: Readonly<Record<string, unknown>>) => boolean;

/** One client's websocket, as the sync code sees it. */
export interface SyncConnection {
  /** Whether this connection may change the document; others have their writes dropped. */
  readonly canWrite: boolean;
  /** Null: this connection publishes no presence at all, and its presence messages are dropped. */
  readonly presence: PresencePolicy | null;
  /** Whether this is an observer watching the meeting; the room shows how many, and nothing else about them. */
  readonly watching?: boolean;
  send(message: Uint8Array): void;
  /** Sends a message that other connections get too. */
  sendShared(message: SharedMessage): void;
  close(code: number, reason: string): void;
}
