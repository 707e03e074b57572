import type * as Y from 'yjs';
import type { Metrics } from '../metrics/createMetrics.ts';
import type { RoomStore } from '../persistence/RoomStore.ts';
import { Room } from './Room.ts';
import type { SyncConnection } from './SyncConnection.ts';
import { defaultSyncLimits, type SyncLimits } from './SyncLimits.ts';

/** Loads a room on its first connection and unloads it once the last one leaves and its data is on disk. */
export function createRoomRegistry(
  store: RoomStore,
  metrics: Metrics,
  limits: SyncLimits = defaultSyncLimits,
  /** Runs on every document as it loads, before anyone syncs it (e.g. schema migrations). */
  prepareDocument?: (name: string, doc: Y.Doc) => void,
) {
  const rooms = new Map<string, Promise<Room>>();
  /** Rooms kept loaded for someone about to connect, with how many such holds each has. */
  const holds = new Map<Room, number>();
  const holdTimers = new Set<NodeJS.Timeout>();

  async function loadRoom(name: string): Promise<Room> {
    const room = await Room.load(name, store, metrics, limits);
    if (prepareDocument) await room.applyServerChange((doc) => prepareDocument(name, doc));
    return room;
  }

  function getRoom(name: string): Promise<Room> {
    let room = rooms.get(name);
    if (!room) {
      room = loadRoom(name);
      rooms.set(name, room);
      metrics.gauges.documents = rooms.size;
      room.catch(() => {
        rooms.delete(name);
        metrics.gauges.documents = rooms.size;
      });
    }
    return room;
  }

  /** Adds a connection to its room; null when the room turned it away (it is then closed). */
  async function join(name: string, connection: SyncConnection): Promise<Room | null> {
    const room = await getRoom(name);
    if (room.unloaded) {
      await room.unloaded;
      return join(name, connection);
    }
    return room.addConnection(connection) ? room : null;
  }

  function leave(room: Room, connection: SyncConnection): void {
    if (room.removeConnection(connection)) unloadIfIdle(room);
  }

  function unloadIfIdle(room: Room): void {
    if (room.connectionCount > 0 || room.unloaded || holds.has(room)) return;
    room.unloaded = (async () => {
      await room.settle();
      await room.compact();
      room.destroy();
      rooms.delete(room.name);
      metrics.gauges.documents = rooms.size;
    })();
  }

  /**
   * Loads a room now and keeps it loaded for `ms` even with nobody connected: for a page that has asked about a
   * meeting and is about to open its document, so that the load from disk overlaps the page's own loading.
   */
  async function holdFor(name: string, ms: number): Promise<void> {
    const room = await getRoom(name);
    if (room.unloaded) return;
    holds.set(room, (holds.get(room) ?? 0) + 1);
    const timer = setTimeout(() => {
      holdTimers.delete(timer);
      const left = (holds.get(room) ?? 1) - 1;
      if (left > 0) holds.set(room, left);
      else holds.delete(room);
      unloadIfIdle(room);
    }, ms);
    timer.unref();
    holdTimers.add(timer);
  }

  /** Runs `change` on a room's document on the server's behalf, loading the room if needed. */
  async function applyServerChange(name: string, change: Parameters<Room['applyServerChange']>[0]): Promise<void> {
    const room = await getRoom(name);
    if (room.unloaded) {
      await room.unloaded;
      return applyServerChange(name, change);
    }
    try {
      await room.applyServerChange(change);
    } finally {
      unloadIfIdle(room);
    }
  }

  /** Reads a document, loading it if needed and unloading it again if nobody is connected. */
  async function readDocument<T>(name: string, read: (doc: Y.Doc) => T): Promise<T> {
    const room = await getRoom(name);
    if (room.unloaded) {
      await room.unloaded;
      return readDocument(name, read);
    }
    try {
      return read(room.doc);
    } finally {
      unloadIfIdle(room);
    }
  }

  /** Waits until every room's accepted updates are durable and folded into snapshots. */
  async function flushAll(): Promise<void> {
    // Nobody is about to connect any more: the server is stopping.
    for (const timer of holdTimers) clearTimeout(timer);
    holdTimers.clear();
    holds.clear();
    const loaded = await Promise.allSettled(rooms.values());
    for (const result of loaded) {
      if (result.status !== 'fulfilled') continue;
      const room = result.value;
      await (room.unloaded ?? room.settle().then(() => room.compact()));
    }
  }

  return { join, leave, getRoom, holdFor, applyServerChange, readDocument, flushAll, rooms, limits };
}

export type RoomRegistry = ReturnType<typeof createRoomRegistry>;
