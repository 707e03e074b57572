import * as authProtocol from 'y-protocols/auth';
import { messageAuth, WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { applyLargeSyncQuietly } from './applyLargeSyncQuietly.ts';
import { isPermanentRefusal } from './isPermanentRefusal.ts';
import { type OfflineCache, openOfflineCache } from './openOfflineCache.ts';
import { EarlyWebSocket } from './takeEarlySocket.ts';

export interface SyncedDoc {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  /** The close code with which the server turned this document away for good, or null while it has not. */
  readonly refusal: number | null;
}

export interface OpenedSyncedDoc {
  /** The document; a new one once a dropped change has been thrown away (see `onWriteRefused`). */
  readonly doc: Y.Doc;
  /** Its connection; a new one with each new document. */
  readonly provider: WebsocketProvider;
  readonly refusal: () => number | null;
  /** Calls `listener` when the server turns the document away for good; returns a function that stops it. */
  readonly onRefusal: (listener: () => void) => () => void;
  /**
   * Calls `listener` with the server's reason, in plain words, when the server dropped a change made here (a link
   * that can only read, a closed meeting, a document at its size limit). By then this page's copy, which no longer
   * matched the server's, has been thrown away with its offline cache, and `doc` and `provider` are new ones
   * opened from the server: read them again. Returns a function that stops it.
   */
  readonly onWriteRefused: (listener: (reason: string) => void) => () => void;
  /** Gives the document back; it closes once nobody holds it. */
  readonly release: () => void;
}

/** One document as opened: the Yjs document, its offline cache and its connection. */
interface Copy {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  readonly cache: OfflineCache;
  /** Stops the connection and the cache, leaving the document itself. */
  readonly stop: () => void;
}

interface CopyEvents {
  readonly onClose: (event: CloseEvent | null) => void;
  /** The server dropped a change made in this copy, for this reason. */
  readonly onWriteRefused: (reason: string) => void;
}

interface Entry {
  copy: Copy;
  readonly destroy: () => void;
  refusal: number | null;
  readonly refusalListeners: Set<() => void>;
  readonly writeRefusedListeners: Set<(reason: string) => void>;
  holders: number;
  closeTimer: ReturnType<typeof setTimeout> | null;
}

const entries = new Map<string, Entry>();

export interface OpenOptions {
  /**
   * Connects only once this provider's socket is open and has asked for its document (or failed to connect, or
   * after a moment): the server loads a document before it answers anything else, so a large one asked for first
   * would hold back a small one opened beside it.
   */
  readonly connectAfter?: WebsocketProvider;
}

/** How long a document waits for the one it follows before connecting anyway. */
const CONNECT_AFTER_LIMIT_MS = 400;

/** The websocket base URL of the server that served this page. */
export function getSyncUrl(): string {
  const protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${window.location.host}/sync`;
}

/**
 * Opens a document, cached in IndexedDB so nothing is lost offline and synced with the server, or hands out the
 * one already open with the same name and parameters. The page starts syncing before React renders, so the
 * meeting room finds its documents already on their way.
 */
export function openSyncedDoc(
  docName: string,
  params: Record<string, string> = {},
  options: OpenOptions = {},
): OpenedSyncedDoc {
  const key = `${docName}?${JSON.stringify(params)}`;
  let entry = entries.get(key);
  if (!entry) {
    entry = createEntry(docName, params, options, () => entries.delete(key));
    entries.set(key, entry);
  }
  const opened = entry;
  opened.holders++;
  if (opened.closeTimer !== null) {
    clearTimeout(opened.closeTimer);
    opened.closeTimer = null;
  }
  let released = false;
  return {
    get doc() {
      return opened.copy.doc;
    },
    get provider() {
      return opened.copy.provider;
    },
    refusal: () => opened.refusal,
    onRefusal: (listener) => {
      opened.refusalListeners.add(listener);
      return () => opened.refusalListeners.delete(listener);
    },
    onWriteRefused: (listener) => {
      opened.writeRefusedListeners.add(listener);
      return () => opened.writeRefusedListeners.delete(listener);
    },
    release: () => {
      if (released) return;
      released = true;
      opened.holders--;
      // A component that unmounts and mounts again at once (a new key, strict mode) keeps the same connection.
      if (opened.holders === 0) opened.closeTimer = setTimeout(opened.destroy, 0);
    },
  };
}

function createEntry(
  docName: string,
  params: Record<string, string>,
  { connectAfter }: OpenOptions,
  forget: () => void,
): Entry {
  let destroyed = false;
  let resyncing = false;
  const events: CopyEvents = {
    onClose: (event) => onClose(event),
    onWriteRefused: (reason) => void resync(reason),
  };
  const entry: Entry = {
    copy: openCopy(docName, params, connectAfter, events),
    refusal: null,
    refusalListeners: new Set(),
    writeRefusedListeners: new Set(),
    holders: 0,
    closeTimer: null,
    destroy: () => {
      destroyed = true;
      forget();
      entry.copy.stop();
      entry.copy.doc.destroy();
    },
  };
  // Each copy listens from its start, so a refusal that comes at once is not missed.
  const onClose = (event: CloseEvent | null) => {
    if (!isPermanentRefusal(event?.code)) return;
    entry.copy.provider.shouldConnect = false;
    entry.refusal = event?.code ?? null;
    for (const listener of entry.refusalListeners) listener();
  };
  // The server dropped a change made here, so this copy no longer matches the server's: it is thrown away with its
  // cache (which would bring the change back) and the document is opened again from the server.
  const resync = async (reason: string) => {
    if (resyncing || destroyed) return;
    resyncing = true;
    const old = entry.copy;
    old.stop();
    try {
      await old.cache.clearData();
    } catch (error) {
      console.error(`Could not clear the offline copy of ${docName}:`, error);
    }
    if (!destroyed) {
      entry.copy = openCopy(docName, params, undefined, events);
      for (const listener of entry.writeRefusedListeners) listener(reason);
    }
    old.doc.destroy();
    resyncing = false;
  };
  return entry;
}

function openCopy(
  docName: string,
  params: Record<string, string>,
  connectAfter: WebsocketProvider | undefined,
  events: CopyEvents,
): Copy {
  const doc = new Y.Doc();
  const waits = connectAfter !== undefined && !connectAfter.synced;
  const provider = new WebsocketProvider(getSyncUrl(), docName, doc, {
    params,
    connect: !waits,
    maxBackoffTime: 5000,
    // The first connection may be the one index.html opened while this code was still loading.
    WebSocketPolyfill: EarlyWebSocket,
    // Keep retrying through rate limits and restarts; stop only when retrying cannot help.
    shouldReconnect: (event) => !isPermanentRefusal(event.code),
  });
  const cache = openOfflineCache(docName, doc, provider);
  // The server's word that it dropped a change (y-protocols' auth message), which y-websocket only logs.
  provider.messageHandlers[messageAuth] = (_encoder, decoder) => {
    authProtocol.readAuthMessage(decoder, doc, (_doc, reason) => events.onWriteRefused(reason));
  };
  const stopQuietSync = applyLargeSyncQuietly(provider, cache);
  const stopWaiting = waits ? connectWhenFollowed(provider, connectAfter) : () => undefined;
  provider.on('connection-close', events.onClose);
  return {
    doc,
    provider,
    cache,
    stop: () => {
      stopWaiting();
      provider.off('connection-close', events.onClose);
      stopQuietSync();
      provider.destroy();
      cache.destroy();
    },
  };
}

function connectWhenFollowed(provider: WebsocketProvider, leader: WebsocketProvider): () => void {
  const connect = () => {
    stop();
    provider.connect();
  };
  const onSync = (synced: boolean) => synced && connect();
  // The leader announces its open socket just before it sends its first request; connecting right after that
  // puts this document's request behind the leader's without waiting for the leader's answer.
  const onStatus = ({ status }: { status: string }) => status === 'connected' && queueMicrotask(connect);
  const timer = setTimeout(connect, CONNECT_AFTER_LIMIT_MS);
  leader.on('sync', onSync);
  leader.on('status', onStatus);
  leader.on('connection-close', connect);
  const stop = () => {
    clearTimeout(timer);
    leader.off('sync', onSync);
    leader.off('status', onStatus);
    leader.off('connection-close', connect);
  };
  return stop;
}
