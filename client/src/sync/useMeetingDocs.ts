import { useEffect, useMemo, useState } from 'react';
import type { OpenedSyncedDoc, SyncedDoc } from './openSyncedDoc.ts';
import { openMeetingDocs } from './startMeetingSync.ts';

interface MeetingDocs {
  readonly control: SyncedDoc | null;
  readonly content: SyncedDoc | null;
}

/** A meeting's control and content documents (or the ones the page opened while it loaded), while mounted. */
export function useMeetingDocs(meetingId: string, token: string): MeetingDocs {
  const [opened, setOpened] = useState<{ control: OpenedSyncedDoc; content: OpenedSyncedDoc } | null>(null);
  const [refusals, setRefusals] = useState<{ control: number | null; content: number | null }>({
    control: null,
    content: null,
  });

  useEffect(() => {
    const next = openMeetingDocs(meetingId, token);
    const read = () => setRefusals({ control: next.control.refusal(), content: next.content.refusal() });
    const stops = [next.control.onRefusal(read), next.content.onRefusal(read)];
    read();
    setOpened(next);
    return () => {
      setOpened(null);
      for (const stop of stops) stop();
      next.control.release();
      next.content.release();
    };
  }, [meetingId, token]);

  return useMemo(() => {
    if (opened === null) return { control: null, content: null };
    const { control, content } = opened;
    return {
      control: { doc: control.doc, provider: control.provider, refusal: refusals.control },
      content: { doc: content.doc, provider: content.provider, refusal: refusals.content },
    };
  }, [opened, refusals]);
}
