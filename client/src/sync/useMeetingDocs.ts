import type { Role } from '@debrief/shared';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { OpenedSyncedDoc, SyncedDoc } from './openSyncedDoc.ts';
import { openMeetingDocs, openRoundsDoc } from './startMeetingSync.ts';

export interface MeetingDocs {
  readonly control: SyncedDoc | null;
  readonly content: SyncedDoc | null;
  /** Check-ins and check-outs by name; never opened for observers, who see only counts. */
  readonly rounds: SyncedDoc | null;
  /** Why the server dropped this person's last change (the page then shows the server's copy), until dismissed. */
  readonly writeRefused: string | null;
  readonly dismissWriteRefused: () => void;
}

type Opened = { control: OpenedSyncedDoc; content: OpenedSyncedDoc; rounds: OpenedSyncedDoc | null };
type Refusals = { control: number | null; content: number | null; rounds: number | null };

/** A meeting's documents (or the ones the page opened while it loaded), while mounted. */
export function useMeetingDocs(meetingId: string, token: string, role: Role): MeetingDocs {
  const [opened, setOpened] = useState<Opened | null>(null);
  const [refusals, setRefusals] = useState<Refusals>({ control: null, content: null, rounds: null });
  const [writeRefused, setWriteRefused] = useState<string | null>(null);
  // A refused write replaces the document with the server's copy: the memo below must hand out the new one.
  const [copies, setCopies] = useState(0);
  const dismissWriteRefused = useCallback(() => setWriteRefused(null), []);
  const opensRounds = role !== 'observer';

  useEffect(() => {
    const { control, content } = openMeetingDocs(meetingId, token);
    const rounds = opensRounds ? openRoundsDoc(meetingId, token, content) : null;
    const next: Opened = { control, content, rounds };
    const read = () =>
      setRefusals({ control: control.refusal(), content: content.refusal(), rounds: rounds?.refusal() ?? null });
    const onWriteRefused = (reason: string) => {
      setWriteRefused(reason);
      setCopies((count) => count + 1);
    };
    const all = rounds ? [control, content, rounds] : [control, content];
    const stops = all.flatMap((opened) => [opened.onRefusal(read), opened.onWriteRefused(onWriteRefused)]);
    read();
    setOpened(next);
    return () => {
      setOpened(null);
      for (const stop of stops) stop();
      control.release();
      content.release();
      rounds?.release();
    };
  }, [meetingId, token, opensRounds]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `copies` says when a document was replaced
  return useMemo(() => {
    if (opened === null) {
      return { control: null, content: null, rounds: null, writeRefused, dismissWriteRefused };
    }
    const { control, content, rounds } = opened;
    return {
      control: { doc: control.doc, provider: control.provider, refusal: refusals.control },
      content: { doc: content.doc, provider: content.provider, refusal: refusals.content },
      rounds: rounds ? { doc: rounds.doc, provider: rounds.provider, refusal: refusals.rounds } : null,
      writeRefused,
      dismissWriteRefused,
    };
  }, [opened, refusals, copies, writeRefused, dismissWriteRefused]);
}
