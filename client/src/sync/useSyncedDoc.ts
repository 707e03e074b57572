import { useEffect, useMemo, useState } from 'react';
import { type OpenedSyncedDoc, openSyncedDoc, type SyncedDoc } from './openSyncedDoc.ts';

/** Opens a document (or takes over the one the page opened while it loaded) for as long as the component lives. */
export function useSyncedDoc(docName: string, params: Record<string, string> = {}): SyncedDoc | null {
  const [opened, setOpened] = useState<OpenedSyncedDoc | null>(null);
  const [refusal, setRefusal] = useState<number | null>(null);
  const paramsKey = JSON.stringify(params);

  useEffect(() => {
    const next = openSyncedDoc(docName, JSON.parse(paramsKey) as Record<string, string>);
    const stop = next.onRefusal(() => setRefusal(next.refusal()));
    setRefusal(next.refusal());
    setOpened(next);
    return () => {
      setOpened(null);
      stop();
      next.release();
    };
  }, [docName, paramsKey]);

  return useMemo(
    () => (opened === null ? null : { doc: opened.doc, provider: opened.provider, refusal }),
    [opened, refusal],
  );
}
