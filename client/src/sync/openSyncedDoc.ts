import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { applyLargeSyncQuietly } from './applyLargeSyncQuietly.ts';
import { isPermanentRefusal } from './isPermanentRefusal.ts';

export interface SyncedDoc {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  /** The close code with which the server turned this document away for good, or null while it has not. */
  readonly refusal: number | null;
}

export interface OpenedSyncedDoc {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  readonly refusal: () => number | null;
  /** Calls `listener` when the server turns the document away for good; returns a function that stops it. */
  readonly onRefusal: (listener: () => void) => () => void;
  /** Gives the document back; it closes once nobody holds it. */
  readonly release: () => void;
}

interface Entry {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  readonly destroy: () => void;
  refusal: number | null;
  readonly refusalListeners: Set<() => void>;
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
    doc: opened.doc,
    provider: opened.provider,
    refusal: () => opened.refusal,
    onRefusal: (listener) => {
      opened.refusalListeners.add(listener);
      return () => opened.refusalListeners.delete(listener);
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
  const doc = new Y.Doc();
  const cache = new IndexeddbPersistence(`debrief:${docName}`, doc);
  const waits = connectAfter !== undefined && !connectAfter.synced;
  const provider = new WebsocketProvider(getSyncUrl(), docName, doc, {
    params,
    connect: !waits,
    maxBackoffTime: 5000,
    // Keep retrying through rate limits and restarts; stop only when retrying cannot help.
    shouldReconnect: (event) => !isPermanentRefusal(event.code),
  });
  const stopQuietSync = applyLargeSyncQuietly(provider, cache);
  const stopWaiting = waits ? connectWhenFollowed(provider, connectAfter) : () => undefined;
  const entry: Entry = {
    doc,
    provider,
    refusal: null,
    refusalListeners: new Set(),
    holders: 0,
    closeTimer: null,
    destroy: () => {
      forget();
      stopWaiting();
      provider.off('connection-close', onClose);
      stopQuietSync();
      provider.destroy();
      cache.destroy();
      doc.destroy();
    },
  };
  // Listen before the first connection can close, so a refusal that comes at once is not missed.
  const onClose = (event: CloseEvent | null) => {
    if (!isPermanentRefusal(event?.code)) return;
    provider.shouldConnect = false;
    entry.refusal = event?.code ?? null;
    for (const listener of entry.refusalListeners) listener();
  };
  provider.on('connection-close', onClose);
  return entry;
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
