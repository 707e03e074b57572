import { useEffect, useState } from 'react';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { isPermanentRefusal } from './isPermanentRefusal.ts';

export interface SyncedDoc {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
}

/** The websocket base URL of the server that served this page. */
export function getSyncUrl(): string {
  const protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${window.location.host}/sync`;
}

/** Opens a document: cached in IndexedDB so nothing is lost offline, and synced with the server. */
export function useSyncedDoc(docName: string, params: Record<string, string> = {}): SyncedDoc | null {
  const [synced, setSynced] = useState<SyncedDoc | null>(null);
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
    setSynced({ doc, provider });
    return () => {
      setSynced(null);
      provider.destroy();
      cache.destroy();
      doc.destroy();
    };
  }, [docName, paramsKey]);

  return synced;
}
