import { useEffect, useMemo, useState } from 'react';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { isPermanentRefusal } from './isPermanentRefusal.ts';

export interface SyncedDoc {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  /** The close code with which the server turned this document away for good, or null while it has not. */
  readonly refusal: number | null;
}

/** The websocket base URL of the server that served this page. */
export function getSyncUrl(): string {
  const protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${window.location.host}/sync`;
}

/** Opens a document: cached in IndexedDB so nothing is lost offline, and synced with the server. */
export function useSyncedDoc(docName: string, params: Record<string, string> = {}): SyncedDoc | null {
  const [opened, setOpened] = useState<Omit<SyncedDoc, 'refusal'> | null>(null);
  const [refusal, setRefusal] = useState<number | null>(null);
  const paramsKey = JSON.stringify(params);

  useEffect(() => {
    const doc = new Y.Doc();
    const cache = new IndexeddbPersistence(`debrief:${docName}`, doc);
    const provider = new WebsocketProvider(getSyncUrl(), docName, doc, {
      params: JSON.parse(paramsKey) as Record<string, string>,
      maxBackoffTime: 5000,
      // Keep retrying through rate limits and restarts; stop only when retrying cannot help.
      shouldReconnect: (event) => !isPermanentRefusal(event.code),
    });
    // Listen before the first connection can close, so a refusal that comes at once is not missed.
    const onClose = (event: CloseEvent | null) => {
      if (!isPermanentRefusal(event?.code)) return;
      provider.shouldConnect = false;
      setRefusal(event?.code ?? null);
    };
    provider.on('connection-close', onClose);
    setRefusal(null);
    setOpened({ doc, provider });
    return () => {
      setOpened(null);
      provider.off('connection-close', onClose);
      provider.destroy();
      cache.destroy();
      doc.destroy();
    };
  }, [docName, paramsKey]);

  return useMemo(() => (opened === null ? null : { ...opened, refusal }), [opened, refusal]);
}
