import { getMetaMap, type MeetingMeta, readMeetingMeta } from '@debrief/shared';
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';

/** The meeting's title and incident facts from the content document; null until the document has a title. */
export function useMeetingMeta(contentDoc: Y.Doc | undefined): MeetingMeta | null {
  const [meta, setMeta] = useState<MeetingMeta | null>(null);

  useEffect(() => {
    if (!contentDoc) return;
    const metaMap = getMetaMap(contentDoc);
    const update = () => {
      const next = readMeetingMeta(contentDoc);
      setMeta(next.title ? next : null);
    };
    update();
    // Only the meta map: the rest of the document changes on every keystroke and must not re-render the page.
    metaMap.observe(update);
    return () => metaMap.unobserve(update);
  }, [contentDoc]);

  return meta;
}
