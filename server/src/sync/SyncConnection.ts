import type * as Y from 'yjs';

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

/**
 * Checks what an update holds before it is accepted: it applies the update to `copy`, the document as accepted so
 * far, which the room throws away when the update is refused.
 */
export type UpdateCheck = (
  copy: Y.Doc,
  update: Uint8Array,
) => { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** One client's websocket, as the sync code sees it. */
export interface SyncConnection {
  /** Whether this connection may change the document; others have their writes dropped. */
  readonly canWrite: boolean;
  /** Null: this connection publishes no presence at all, and its presence messages are dropped. */
  readonly presence: PresencePolicy | null;
  /** Whether this is an observer watching the meeting; the room shows how many, and nothing else about them. */
  readonly watching?: boolean;
  /** Checks every update this connection may write; without it, the role alone decides. */
  readonly checkUpdate?: UpdateCheck;
  send(message: Uint8Array): void;
  /** Sends a message that other connections get too. */
  sendShared(message: SharedMessage): void;
  close(code: number, reason: string): void;
}
