import { CloseCode, closeReasons, SyncMessageType } from '@debrief/shared';
import * as decoding from 'lib0/decoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { Metrics } from '../metrics/createMetrics.ts';
import type { RoomStore, StoredDocument } from '../persistence/RoomStore.ts';
import { isEmptyStateVector } from './answerFromStored.ts';
import { changeSource, departureOrigin, remoteOrigin, serverOrigin, storeOrigin } from './changeOrigins.ts';
import {
  encodeAwarenessMessage,
  encodePermissionDenied,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncStep2Update,
  encodeUpdateMessage,
} from './encodeMessages.ts';
import { filterAwarenessUpdate } from './filterAwarenessUpdate.ts';
import { type DecodedUpdate, isAlreadyApplied } from './isAlreadyApplied.ts';
import type { RoomHooks } from './RoomHooks.ts';
import { SeenPositions } from './SeenPositions.ts';
import type { SharedMessage, SyncConnection, UpdateCheck } from './SyncConnection.ts';
import { defaultSyncLimits, type SyncLimits } from './SyncLimits.ts';

/** How long the count of observers waits for others arriving at the same moment before it is shown. */
const WATCHERS_DELAY_MS = 250;

/** The log is folded into a snapshot once it holds this many updates. */
const COMPACT_AFTER_UPDATES = 500;
/** A y-websocket client shows one presence per document; a little room for more, and no more. */
const MAX_PRESENCE_IDS_PER_CONNECTION = 4;
/** A connection whose writes are dropped hears about it at most this often, so a flood does not echo a flood. */
const REFUSAL_NOTICE_INTERVAL_MS = 1000;

/** How long a room waits for a missing update from another instance before reading it from the store. */
const GAP_WAIT_MS = 1000;

/** Why a write was dropped, in words a client can show as they are. */
const readOnlyReason = 'This meeting is closed, or your link can only read it';
const fullDocumentReason = 'This meeting has reached its size limit';

interface ConnectionState {
  /** The presence (awareness) ids this connection introduced; no other connection may set or remove them. */
  readonly presenceIds: Set<number>;
  /** When this connection was last told that a write of its was dropped. */
  lastRefusalNotice: number;
}

interface PendingUpdate {
  readonly connection: SyncConnection | null;
  readonly update: Uint8Array;
  /**
   * An incremental update, which holds only the sender's new changes and can be sent on as it is. A sync answer
   * may hold a reconnecting client's whole document; Yjs then sends on only what was new to the server.
   */
  readonly incremental: boolean;
}

class MalformedMessageError extends Error {}

/**
 * One loaded document and the connections editing it. Every accepted update is appended
 * to the store before it is applied and broadcast.
 */
export class Room {
  readonly doc: Y.Doc;
  readonly awareness: awarenessProtocol.Awareness;
  private readonly connections = new Map<SyncConnection, ConnectionState>();
  /** Which connection introduced each presence id. */
  private readonly presenceOwners = new Map<number, SyncConnection>();
  private pending: PendingUpdate[] = [];
  /** The batch being stored: accepted, but not yet in `doc`. */
  private storing: readonly PendingUpdate[] = [];
  /** For documents whose updates are checked: the document with every accepted update, to check the next one on. */
  private checkedCopy: Y.Doc | null = null;
  private flushScheduled = false;
  private writes: Promise<void> = Promise.resolve();
  /** The stored positions this room holds: its own writes, and those heard from other instances or read back. */
  private seen = new SeenPositions();
  /** Reads from the store of what this room had not heard of, one after another. */
  private catchUps: Promise<void> = Promise.resolve();
  private gapTimer: ReturnType<typeof setTimeout> | null = null;
  /** Presence ids shown by clients of other instances. */
  private readonly remotePresenceIds = new Set<number>();
  private logLength = 0;
  /** Bytes of the stored snapshot, of the updates appended since, and of accepted updates not yet stored. */
  private snapshotBytes = 0;
  private logBytes = 0;
  private pendingBytes = 0;
  private compacting = false;
  /** The stored snapshot while the document still equals it: a client that has nothing yet gets these bytes. */
  private storedState: Uint8Array | null = null;
  /** Set once the room starts unloading; joins wait for it and load a fresh room. */
  unloaded: Promise<void> | null = null;

  private watchers = 0;
  private watchersTimer: ReturnType<typeof setTimeout> | null = null;

  private constructor(
    readonly name: string,
    private readonly store: RoomStore,
    private readonly metrics: Metrics,
    private readonly limits: SyncLimits,
    private readonly hooks: RoomHooks,
  ) {
    // Named after the room: without a guid, Yjs spends over half a millisecond making a random one.
    this.doc = new Y.Doc({ gc: true, guid: name });
    this.awareness = new awarenessProtocol.Awareness(this.doc);
    this.awareness.setLocalState(null);
    this.awareness.on(
      'update',
      (change: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
        const changed = [...change.added, ...change.updated, ...change.removed];
        // A presence not renewed for 30 s has gone quiet; whoever shows it next owns its id.
        if (origin === 'timeout') for (const id of change.removed) this.releasePresenceId(id);
        const source = changeSource(origin);
        if (source === 'remote' || origin === 'timeout') {
          for (const id of [...change.added, ...change.updated])
            if (source === 'remote') this.remotePresenceIds.add(id);
          for (const id of change.removed) this.remotePresenceIds.delete(id);
        }
        this.broadcast(encodeAwarenessMessage(this.awareness, changed), origin);
        // What this instance's clients show, and the count of observers watching through it (its own state).
        const ours = source === 'connection' || source === 'departure' || origin === 'local';
        if (ours && this.hooks.afterPresence) {
          this.hooks.afterPresence(this, awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed));
        }
      },
    );
  }

  static async load(
    name: string,
    store: RoomStore,
    metrics: Metrics,
    limits: SyncLimits = defaultSyncLimits,
    hooks: RoomHooks = {},
  ): Promise<Room> {
    return Room.fromStored(name, await store.load(name), store, metrics, limits, hooks);
  }

  /** A room holding what `store` returned for it. */
  static fromStored(
    name: string,
    stored: StoredDocument,
    store: RoomStore,
    metrics: Metrics,
    limits: SyncLimits = defaultSyncLimits,
    hooks: RoomHooks = {},
  ): Room {
    const room = new Room(name, store, metrics, limits, hooks);
    room.doc.transact(() => {
      for (const update of stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates) {
        try {
          Y.applyUpdate(room.doc, update);
        } catch (error) {
          console.error(`Skipped an unreadable stored update of ${name}:`, error);
        }
      }
    }, storeOrigin);
    room.seen = new SeenPositions(stored.lastSeq);
    room.logLength = stored.updates.length;
    room.snapshotBytes = stored.snapshot?.byteLength ?? 0;
    for (const update of stored.updates) room.logBytes += update.byteLength;
    room.storedState = stored.updates.length === 0 ? stored.snapshot : null;
    // The document has no lasting 'update' listener: with one, Yjs encodes every transaction again, which grows
    // with the length of the text being typed into. Only the paths that need Yjs's own update listen, and briefly.
    return room;
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  /** Adds a connection, or closes it when the document already has as many as it may; false then. */
  addConnection(connection: SyncConnection): boolean {
    if (this.connections.size >= this.limits.maxConnectionsPerDocument) {
      this.metrics.counters.fullMeetingRefusals++;
      connection.close(CloseCode.meetingFull, closeReasons[CloseCode.meetingFull]);
      return false;
    }
    if (connection.watching) this.countWatchers(1);
    this.connections.set(connection, { presenceIds: new Set(), lastRefusalNotice: Number.NEGATIVE_INFINITY });
    connection.send(encodeSyncStep1(this.doc));
    const states = [...this.awareness.getStates().keys()];
    if (states.length > 0) connection.send(encodeAwarenessMessage(this.awareness, states));
    return true;
  }

  /**
   * For a connection whose first sync was answered from the stored document while this room loaded: sends what the
   * room holds beyond it (what the load changed, such as a migration, and what other instances added meanwhile).
   */
  catchUpConnection(connection: SyncConnection, stateVector: Uint8Array): void {
    if (this.connections.has(connection)) connection.send(encodeSyncStep2(this.doc, stateVector));
  }

  /** Forgets a connection and its presence; resolves true when it was the last one. */
  removeConnection(connection: SyncConnection): boolean {
    const state = this.connections.get(connection);
    if (!state) return false;
    this.connections.delete(connection);
    if (connection.watching) this.countWatchers(-1);
    if (state.presenceIds.size > 0) {
      const ids = [...state.presenceIds];
      for (const id of ids) this.presenceOwners.delete(id);
      awarenessProtocol.removeAwarenessStates(this.awareness, ids, departureOrigin);
    }
    return this.connections.size === 0;
  }

  handleMessage(connection: SyncConnection, message: Uint8Array): void {
    try {
      this.readMessage(connection, message);
    } catch (error) {
      this.metrics.counters.malformedMessages++;
      const reason = error instanceof MalformedMessageError ? error.message : closeReasons[CloseCode.malformedMessage];
      connection.close(CloseCode.malformedMessage, reason.slice(0, 120));
    }
  }

  private readMessage(connection: SyncConnection, message: Uint8Array): void {
    const decoder = decoding.createDecoder(message);
    const messageType = decoding.readVarUint(decoder);
    if (messageType === SyncMessageType.sync) {
      const syncType = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (syncType === syncProtocol.messageYjsSyncStep1) {
        // A first visit after a load, the common case, costs no encoding of the whole document.
        const answer =
          this.storedState && isEmptyStateVector(payload)
            ? encodeSyncStep2Update(this.storedState)
            : encodeSyncStep2(this.doc, payload);
        connection.send(answer);
      } else if (syncType === syncProtocol.messageYjsSyncStep2 || syncType === syncProtocol.messageYjsUpdate) {
        this.receiveUpdate(connection, payload, syncType === syncProtocol.messageYjsUpdate);
      } else {
        throw new MalformedMessageError('Unknown sync message');
      }
    } else if (messageType === SyncMessageType.awareness) {
      const update = decoding.readVarUint8Array(decoder);
      if (update.byteLength > this.limits.maxPresenceBytes) {
        this.metrics.counters.oversizePresence++;
        connection.close(CloseCode.presenceTooLarge, closeReasons[CloseCode.presenceTooLarge]);
        return;
      }
      this.receivePresence(connection, update);
    } else {
      // Unknown message types are ignored, as y-websocket does, so newer clients still work.
      this.metrics.counters.malformedMessages++;
    }
  }

  private receiveUpdate(connection: SyncConnection, update: Uint8Array, incremental: boolean): void {
    if (isEmptyUpdate(update)) return;
    let decoded: DecodedUpdate;
    try {
      decoded = Y.decodeUpdate(update);
    } catch {
      throw new MalformedMessageError('Truncated or malformed document update');
    }
    // Such as the sync answer of a client already in sync, which always carries its whole delete set: storing it
    // would grow the log on every reconnect. Nothing is lost, so nobody is told.
    if (isAlreadyApplied(this.doc, decoded)) {
      this.metrics.counters.redundantUpdates++;
      return;
    }
    if (!connection.canWrite) {
      this.metrics.counters.refusedWrites++;
      this.tellRefused(connection, readOnlyReason);
      return;
    }
    if (this.snapshotBytes + this.logBytes + this.pendingBytes + update.byteLength > this.limits.maxDocumentBytes) {
      this.metrics.counters.fullDocumentRefusals++;
      this.tellRefused(connection, fullDocumentReason);
      // The log may repeat much of the document; folding it measures the document again.
      if (this.logBytes >= update.byteLength) this.writes = this.writes.then(() => this.compact());
      return;
    }
    if (connection.checkUpdate) {
      if (!this.passesCheck(connection, connection.checkUpdate, update)) return;
    } else if (this.checkedCopy) {
      Y.applyUpdate(this.checkedCopy, update);
    }
    this.metrics.counters.updatesIn++;
    this.pendingBytes += update.byteLength;
    this.pending.push({ connection, update, incremental });
    this.scheduleFlush();
  }

  /** Applies the update to the checked copy if it passes; drops it, counts it and tells the sender if not. */
  private passesCheck(connection: SyncConnection, check: UpdateCheck, update: Uint8Array): boolean {
    this.checkedCopy ??= this.copyAccepted();
    const result = check(this.checkedCopy, update);
    if (result.ok) return true;
    // The copy now holds the refused change: it is made again from what was accepted when next needed.
    this.checkedCopy.destroy();
    this.checkedCopy = null;
    this.metrics.counters.refusedContent++;
    this.tellRefused(connection, result.reason);
    return false;
  }

  /** A copy of the document with every accepted update, stored or not yet. */
  private copyAccepted(): Y.Doc {
    const copy = new Y.Doc({ gc: true });
    copy.transact(() => {
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(this.doc));
      for (const item of [...this.storing, ...this.pending]) Y.applyUpdate(copy, item.update);
    });
    return copy;
  }

  /** Tells a connection that a write of its was dropped, unless it was told a moment ago. */
  private tellRefused(connection: SyncConnection, reason: string): void {
    const state = this.connections.get(connection);
    if (!state) return;
    const now = performance.now();
    if (now - state.lastRefusalNotice < REFUSAL_NOTICE_INTERVAL_MS) return;
    state.lastRefusalNotice = now;
    connection.send(encodePermissionDenied(reason));
  }

  /**
   * Applies the presence states a connection may publish: only with a presence policy, only states that pass it,
   * and only for ids this connection introduced (or that show the same person, reconnecting before their old
   * connection has gone). The rest are dropped.
   */
  private receivePresence(connection: SyncConnection, update: Uint8Array): void {
    const policy = connection.presence;
    const state = this.connections.get(connection);
    if (policy === null || state === undefined) {
      this.metrics.counters.droppedPresence++;
      return;
    }
    const accepted = filterAwarenessUpdate(update, (id, clock, value) => {
      if (this.mayPublishPresence(connection, state, policy, id, clock, value)) return true;
      this.metrics.counters.droppedPresence++;
      return false;
    });
    if (accepted !== null) awarenessProtocol.applyAwarenessUpdate(this.awareness, accepted, connection);
  }

  private mayPublishPresence(
    connection: SyncConnection,
    state: ConnectionState,
    policy: NonNullable<SyncConnection['presence']>,
    id: number,
    clock: number,
    value: unknown,
  ): boolean {
    if (value !== null && !(isPlainObject(value) && policy(value))) return false;
    // The server's own id is never a client's.
    if (id === this.awareness.clientID) return false;
    const owner = this.presenceOwners.get(id);
    if (owner === connection) return true;
    // Removing a presence is for its owner only.
    if (value === null) return false;
    if (owner !== undefined || this.remotePresenceIds.has(id)) {
      // Only with a newer state, or two connections of one person would hand the id back and forth.
      const shown = this.awareness.getStates().get(id);
      const shownClock = this.awareness.meta.get(id)?.clock ?? 0;
      if (shown === undefined || clock <= shownClock || !policy(shown)) return false;
    }
    if (state.presenceIds.size >= MAX_PRESENCE_IDS_PER_CONNECTION) return false;
    if (owner !== undefined) this.connections.get(owner)?.presenceIds.delete(id);
    this.remotePresenceIds.delete(id);
    this.presenceOwners.set(id, connection);
    state.presenceIds.add(id);
    return true;
  }

  private releasePresenceId(id: number): void {
    const owner = this.presenceOwners.get(id);
    if (owner === undefined) return;
    this.presenceOwners.delete(id);
    this.connections.get(owner)?.presenceIds.delete(id);
  }

  /**
   * Makes a change on the server's behalf: it is persisted first, then broadcast.
   * If the store fails, the room is closed so that memory never runs ahead of disk.
   */
  async applyServerChange(change: (doc: Y.Doc) => void): Promise<void> {
    const updates: Uint8Array[] = [];
    const collect = (update: Uint8Array, origin: unknown) => {
      if (origin === serverOrigin) updates.push(update);
    };
    this.doc.on('update', collect);
    try {
      this.doc.transact(() => change(this.doc), serverOrigin);
    } finally {
      this.doc.off('update', collect);
    }
    if (updates.length === 0) return;
    this.storedState = null;
    this.checkedCopy?.destroy();
    this.checkedCopy = null;
    // The server's own changes are never refused for size, but they count towards it once stored.
    const update = updates.length === 1 ? (updates[0] as Uint8Array) : Y.mergeUpdates(updates);
    const written = this.writes.then(async () => {
      await this.persist([update]);
      this.broadcast(encodeUpdateMessage(update), null);
    });
    this.writes = written.catch(() => undefined);
    try {
      await written;
    } catch (error) {
      this.closeAll(CloseCode.storageFailed);
      throw error;
    }
  }

  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    // Updates that arrive in one read of the socket become one write. Waiting for the whole I/O phase instead
    // would hold every room's broadcast until each message of that phase had been read.
    queueMicrotask(() => {
      this.flushScheduled = false;
      this.writes = this.writes.then(() => this.flush()).catch((error: unknown) => this.failUnexpectedly(error));
    });
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    let batchBytes = 0;
    for (const item of batch) batchBytes += item.update.byteLength;
    this.storing = batch;
    try {
      await this.persist(batch.map((item) => item.update));
    } catch (error) {
      this.storing = [];
      this.pendingBytes -= batchBytes;
      // The copy holds updates that were never stored.
      this.checkedCopy?.destroy();
      this.checkedCopy = null;
      console.error(`Could not store updates of ${this.name}:`, error);
      this.metrics.counters.storageFailures++;
      for (const connection of new Set(batch.map((item) => item.connection))) {
        connection?.close(CloseCode.storageFailed, closeReasons[CloseCode.storageFailed]);
      }
      return;
    }
    this.pendingBytes -= batchBytes;
    const first = batch[0]?.connection ?? null;
    const origin = batch.every((item) => item.connection === first) ? first : null;
    const updates = batch.map((item) => item.update);
    this.storedState = null;
    // Stored, so it may go out. Incremental updates go as received (merged when several arrived together), in one
    // message for everyone, before the server's own copy spends time integrating them.
    if (batch.every((item) => item.incremental)) {
      this.broadcast(
        encodeUpdateMessage(updates.length === 1 ? (updates[0] as Uint8Array) : Y.mergeUpdates(updates)),
        origin,
      );
      this.applyAll(updates, origin);
      return this.compactIfLong();
    }
    // A sync answer may hold a reconnecting client's whole document: Yjs tells what was new to the server.
    const fresh: Uint8Array[] = [];
    const collect = (update: Uint8Array) => fresh.push(update);
    this.doc.on('update', collect);
    try {
      this.applyAll(updates, origin);
    } finally {
      this.doc.off('update', collect);
    }
    if (fresh.length > 0) {
      this.broadcast(
        encodeUpdateMessage(fresh.length === 1 ? (fresh[0] as Uint8Array) : Y.mergeUpdates(fresh)),
        origin,
      );
    }
    return this.compactIfLong();
  }

  /** One transaction for the batch, so a burst is integrated, and reported, once. */
  private applyAll(updates: readonly Uint8Array[], origin: unknown): void {
    this.storing = [];
    this.doc.transact(() => {
      for (const update of updates) {
        try {
          Y.applyUpdate(this.doc, update, origin);
        } catch (error) {
          console.error(`Could not apply an update to ${this.name}:`, error);
        }
      }
    }, origin);
  }

  private async compactIfLong(): Promise<void> {
    if (this.logLength >= COMPACT_AFTER_UPDATES) await this.compact();
  }

  private async persist(updates: Uint8Array[]): Promise<void> {
    const toSeq = await this.store.append(this.name, updates);
    const fromSeq = toSeq - updates.length + 1;
    this.seen.add(fromSeq, toSeq);
    this.logLength += updates.length;
    for (const update of updates) this.logBytes += update.byteLength;
    if (this.hooks.afterPersist) {
      const update = updates.length === 1 ? (updates[0] as Uint8Array) : Y.mergeUpdates(updates);
      this.hooks.afterPersist(this, { update, fromSeq, toSeq });
    }
  }

  /**
   * Applies an update another instance accepted and stored at positions `fromSeq` to `toSeq`, and sends on to
   * this instance's clients whatever of it is new here. A gap before it is filled from the store if it stays open.
   */
  applyRemote(update: Uint8Array, fromSeq: number, toSeq: number): void {
    if (toSeq <= this.seen.known) return;
    this.applyFromElsewhere([update], remoteOrigin);
    this.seen.add(fromSeq, toSeq);
    if (this.seen.hasGap) this.waitForGap();
  }

  /** The stored position up to which this room holds every update. */
  get knownSeq(): number {
    return this.seen.known;
  }

  /** Another instance says it has stored up to `toSeq`: what this room has not heard of is read from the store. */
  heardOfPosition(toSeq: number): void {
    if (toSeq <= this.seen.known) return;
    this.catchUp().catch((error: unknown) => console.error(`Could not read missed updates of ${this.name}:`, error));
  }

  /** Applies presence changes of another instance's clients. */
  applyRemotePresence(update: Uint8Array): void {
    try {
      // A presence a client of this instance shows is theirs to change: another instance only hears of it.
      const accepted = filterAwarenessUpdate(update, (id) => !this.presenceOwners.has(id));
      if (accepted !== null) awarenessProtocol.applyAwarenessUpdate(this.awareness, accepted, remoteOrigin);
    } catch (error) {
      console.error(`Skipped unreadable presence from another instance for ${this.name}:`, error);
    }
  }

  /**
   * Reads from the store what others stored since the last position this room is sure to hold, applies it and sends
   * on what was new. Resolves once the room holds everything stored before the call.
   */
  catchUp(): Promise<void> {
    const run = this.catchUps.then(async () => {
      const from = this.seen.known;
      const stored = await this.store.readSince(this.name, from);
      const parts = stored.snapshot ? [stored.snapshot, ...stored.updates] : [...stored.updates];
      if (parts.length > 0) this.applyFromElsewhere(parts, storeOrigin);
      this.seen.add(from + 1, stored.lastSeq);
    });
    this.catchUps = run.catch(() => undefined);
    return run;
  }

  private waitForGap(): void {
    if (this.gapTimer) return;
    this.gapTimer = setTimeout(() => {
      this.gapTimer = null;
      if (!this.seen.hasGap) return;
      this.catchUp().catch((error: unknown) => console.error(`Could not read missed updates of ${this.name}:`, error));
    }, GAP_WAIT_MS);
    this.gapTimer.unref?.();
  }

  /** Applies updates that are already stored, and sends this instance's clients only what was new to it. */
  private applyFromElsewhere(updates: readonly Uint8Array[], origin: typeof remoteOrigin | typeof storeOrigin): void {
    const fresh: Uint8Array[] = [];
    const collect = (update: Uint8Array) => fresh.push(update);
    this.doc.on('update', collect);
    try {
      this.doc.transact(() => {
        for (const update of updates) {
          try {
            Y.applyUpdate(this.doc, update, origin);
          } catch (error) {
            console.error(`Could not apply a stored update of ${this.name}:`, error);
          }
        }
      }, origin);
    } finally {
      this.doc.off('update', collect);
    }
    if (fresh.length === 0) return;
    this.storedState = null;
    const update = fresh.length === 1 ? (fresh[0] as Uint8Array) : Y.mergeUpdates(fresh);
    this.logBytes += update.byteLength;
    if (this.checkedCopy) Y.applyUpdate(this.checkedCopy, update);
    this.broadcast(encodeUpdateMessage(update), origin);
    this.hooks.afterOutsideChange?.(this);
  }

  /** Folds the update log into one snapshot. */
  async compact(): Promise<void> {
    if (this.compacting || this.logLength === 0) return;
    this.compacting = true;
    // What the snapshot folds in; updates stored while it is written stay in the log.
    const foldedLength = this.logLength;
    const foldedBytes = this.logBytes;
    try {
      // The snapshot must hold every update up to its position, including those other instances stored.
      await this.catchUp();
      const upToSeq = this.seen.known;
      const snapshot = encodeFullState(this.doc);
      await this.store.compact(this.name, snapshot, upToSeq);
      this.logLength -= foldedLength;
      this.logBytes -= foldedBytes;
      this.snapshotBytes = snapshot.byteLength;
    } catch (error) {
      console.error(`Could not compact ${this.name}:`, error);
    } finally {
      this.compacting = false;
    }
  }

  /** Resolves once every accepted update is durable. */
  async settle(): Promise<void> {
    while (this.pending.length > 0 || this.flushScheduled) {
      await new Promise((resolve) => setImmediate(resolve));
      await this.writes;
    }
    await this.writes;
  }

  /** A fault of the server's own: everyone reconnects and syncs again, so nobody keeps a view that may have gaps. */
  private failUnexpectedly(error: unknown): void {
    console.error(`Could not send on updates of ${this.name}:`, error);
    this.closeAll(CloseCode.storageFailed);
  }

  closeAll(code: CloseCode): void {
    for (const connection of [...this.connections.keys()]) connection.close(code, closeReasons[code]);
  }

  /**
   * Observers publish no presence of their own (nobody can then pose as someone there), so the room shows how many
   * watch in the server's own presence state, `{watchers}`: at most a few times a second, however many arrive.
   */
  private countWatchers(change: number): void {
    this.watchers += change;
    if (this.watchersTimer) return;
    this.watchersTimer = setTimeout(() => {
      this.watchersTimer = null;
      const shown = (this.awareness.getLocalState() as { watchers?: number } | null)?.watchers ?? 0;
      if (shown !== this.watchers) this.awareness.setLocalState(this.watchers > 0 ? { watchers: this.watchers } : null);
    }, WATCHERS_DELAY_MS);
    this.watchersTimer.unref?.();
  }

  destroy(): void {
    if (this.watchersTimer) clearTimeout(this.watchersTimer);
    if (this.gapTimer) clearTimeout(this.gapTimer);
    this.awareness.destroy();
    this.checkedCopy?.destroy();
    this.doc.destroy();
  }

  private broadcast(message: Uint8Array, origin: unknown): void {
    const shared: SharedMessage = { bytes: message };
    for (const connection of this.connections.keys()) {
      if (connection === origin) continue;
      connection.sendShared(shared);
      this.metrics.counters.updatesOut++;
    }
  }
}

/** An update that carries no structs and no deletions (what a client in sync sends as step 2). */
function isEmptyUpdate(update: Uint8Array): boolean {
  return update.length === 2 && update[0] === 0 && update[1] === 0;
}

/** The whole document, including updates still waiting for a missing predecessor. */
function encodeFullState(doc: Y.Doc): Uint8Array {
  const parts = [Y.encodeStateAsUpdate(doc)];
  if (doc.store.pendingStructs) parts.push(doc.store.pendingStructs.update);
  if (doc.store.pendingDs) parts.push(doc.store.pendingDs);
  return parts.length === 1 ? (parts[0] as Uint8Array) : Y.mergeUpdates(parts);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
