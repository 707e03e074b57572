import type { SyncConnection } from './SyncConnection.ts';

/**
 * Where a change to a room's document or presence came from, as the origin of its Yjs transaction or awareness
 * update. A connection object is the origin of what that client of this instance sent.
 */
export const serverOrigin = { source: 'server' } as const;
/** Heard from another instance, which has already stored it: applied and sent on here, never stored or sent back. */
export const remoteOrigin = { source: 'remote' } as const;
/** Read back from the store to fill in what this instance had not heard of. */
export const storeOrigin = { source: 'store' } as const;
/** A connection of this instance has gone, taking its presence with it. */
export const departureOrigin = { source: 'departure' } as const;

export type ChangeSource = 'connection' | 'server' | 'remote' | 'store' | 'departure' | 'other';

/** Names the source of a change from its origin. */
export function changeSource(origin: unknown): ChangeSource {
  if (origin === serverOrigin) return 'server';
  if (origin === remoteOrigin) return 'remote';
  if (origin === storeOrigin) return 'store';
  if (origin === departureOrigin) return 'departure';
  if (isConnection(origin)) return 'connection';
  return 'other';
}

function isConnection(origin: unknown): origin is SyncConnection {
  return typeof origin === 'object' && origin !== null && 'sendShared' in origin && 'canWrite' in origin;
}
