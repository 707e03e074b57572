/** The y-websocket protocol's top-level message types. */
export const SyncMessageType = {
  sync: 0,
  awareness: 1,
} as const;

export type SyncMessageType = (typeof SyncMessageType)[keyof typeof SyncMessageType];

/** Largest websocket frame the server accepts, in bytes. */
export const MAX_MESSAGE_BYTES = 2 * 1024 * 1024;
