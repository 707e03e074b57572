import { SyncMessageType } from '@debrief/shared';
import { messageYjsSyncStep1 } from 'y-protocols/sync';
import type * as Y from 'yjs';
import { DOCUMENT_LOCK_PREFIX, type DocumentLocks } from '../cluster/DocumentLocks.ts';
import type { RoomFanOut } from '../cluster/RoomFanOut.ts';
import type { Metrics } from '../metrics/createMetrics.ts';
import type { RoomStore, StoredDocument } from '../persistence/RoomStore.ts';
import { answerFromStored, type StoredAnswer } from './answerFromStored.ts';
import { Room } from './Room.ts';
import type { RoomHooks } from './RoomHooks.ts';
import type { SyncConnection } from './SyncConnection.ts';
import { defaultSyncLimits, type SyncLimits } from './SyncLimits.ts';

/** A stored document from this size on waits a moment for a sync request before it is built (see loadRoom). */
const LARGE_STORED_BYTES = 256 * 1024;
const BUILD_WAIT_MS = 100;

function storedBytes(stored: StoredDocument): number {
  let bytes = stored.snapshot?.byteLength ?? 0;
  for (const update of stored.updates) bytes += update.byteLength;
  return bytes;
}

/** For several instances serving the same documents. */
export interface RoomCluster {
  /** Carries accepted updates and presence between instances. */
  readonly fanOut: RoomFanOut;
  /** Makes the server's own changes to a document one at a time across instances. */
  readonly locks: DocumentLocks;
}

/** Loads a room on its first connection and unloads it once the last one leaves and its data is on disk. */
export function createRoomRegistry(
  store: RoomStore,
  metrics: Metrics,
  limits: SyncLimits = defaultSyncLimits,
  /** Runs on every document as it loads, before anyone syncs it (e.g. schema migrations). */
  prepareDocument?: (name: string, doc: Y.Doc) => void,
  cluster: RoomCluster | null = null,
) {
  const rooms = new Map<string, Promise<Room>>();
  /** Rooms kept loaded for someone about to connect, with how many such holds each has. */
  const holds = new Map<Room, number>();
  const holdTimers = new Set<NodeJS.Timeout>();
  /** What the store returned for rooms that are still loading (applying it, preparing the document). */
  const storedWhileLoading = new Map<string, Promise<StoredDocument>>();
  /** For large documents waiting to be built: lets the build start once a sync request has been answered. */
  const buildWaits = new Map<string, () => void>();
  const outsideChangeListeners: ((room: Room) => void)[] = [];
  const hooks: RoomHooks = {
    afterPersist: cluster ? (room, persisted) => cluster.fanOut.publishUpdate(room.name, persisted) : undefined,
    afterPresence: cluster ? (room, update) => cluster.fanOut.publishPresence(room.name, update) : undefined,
    afterOutsideChange: (room) => {
      for (const listener of outsideChangeListeners) listener(room);
    },
  };

  async function loadRoom(name: string): Promise<Room> {
    // Where the other instances' news starts is taken first: nothing stored after the load can then be missed.
    const mark = cluster ? await cluster.fanOut.mark(name) : null;
    const reading = store.load(name);
    storedWhileLoading.set(name, reading);
    try {
      const stored = await reading;
      // Building a large document blocks the server for a while (about 0.2 s for 1 MB): the page's first sync request,
      // which usually follows within milliseconds, is answered from the stored bytes first, as are other documents'.
      await new Promise<void>((resolve) => {
        const wait = storedBytes(stored) >= LARGE_STORED_BYTES ? BUILD_WAIT_MS : 0;
        const timer = setTimeout(() => {
          buildWaits.delete(name);
          resolve();
        }, wait);
        buildWaits.set(name, () => {
          clearTimeout(timer);
          buildWaits.delete(name);
          setImmediate(resolve);
        });
      });
      const room = Room.fromStored(name, stored, store, metrics, limits, hooks);
      if (cluster && mark !== null) cluster.fanOut.join(room, mark);
      if (prepareDocument) await changeAsServer(room, (doc) => prepareDocument(name, doc));
      return room;
    } finally {
      storedWhileLoading.delete(name);
    }
  }

  /**
   * A client's first sync request answered from the stored bytes while its room is still loading, so that a large
   * document's first answer does not wait for the server to build the document; null when the room is not loading
   * or the message is not a sync request. The room sends the rest once loaded (`Room.catchUpConnection`).
   */
  function answerWhileLoading(name: string, message: Uint8Array): Promise<StoredAnswer | null> | null {
    const reading = storedWhileLoading.get(name);
    if (!reading || message[0] !== SyncMessageType.sync || message[1] !== messageYjsSyncStep1) return null;
    return reading.then(
      (stored) => {
        const answer = answerFromStored(message, stored);
        // Sent in the next microtask; the build waits for the event loop's next turn.
        buildWaits.get(name)?.();
        return answer;
      },
      () => null,
    );
  }

  /**
   * The server's own change to a room. With other instances, one at a time across all of them, on a document that
   * holds everything any of them stored first, so a change decided from the document is decided on all of it.
   */
  function changeAsServer(room: Room, change: Parameters<Room['applyServerChange']>[0]): Promise<void> {
    if (!cluster) return room.applyServerChange(change);
    return cluster.locks.run(`${DOCUMENT_LOCK_PREFIX}${room.name}`, async () => {
      await room.catchUp();
      await room.applyServerChange(change);
    });
  }

  /** Called when a loaded document takes in another instance's changes. */
  function onOutsideChange(listener: (room: Room) => void): void {
    outsideChangeListeners.push(listener);
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
      cluster?.fanOut.leave(room);
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
      await changeAsServer(room, change);
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
      // Another instance may have changed it a moment ago.
      if (cluster) await room.catchUp();
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

  return {
    join,
    leave,
    getRoom,
    answerWhileLoading,
    holdFor,
    applyServerChange,
    readDocument,
    onOutsideChange,
    flushAll,
    rooms,
    limits,
    /** Locks shared with the other instances; null when this instance serves its documents alone. */
    locks: cluster?.locks ?? null,
  };
}

export type RoomRegistry = ReturnType<typeof createRoomRegistry>;
