import type { Role } from '@debrief/shared';
import { useEffect, useMemo, useState } from 'react';
import type { OpenedSyncedDoc, SyncedDoc } from './openSyncedDoc.ts';
import { openMeetingDocs, openRoundsDoc } from './startMeetingSync.ts';

export interface MeetingDocs {
  readonly control: SyncedDoc | null;
  readonly content: SyncedDoc | null;
  /** Check-ins and check-outs by name; never opened for observers, who see only counts. */
  readonly rounds: SyncedDoc | null;
}

type Opened = { control: OpenedSyncedDoc; content: OpenedSyncedDoc; rounds: OpenedSyncedDoc | null };
type Refusals = { control: number | null; content: number | null; rounds: number | null };

/** A meeting's documents (or the ones the page opened while it loaded), while mounted. */
export function useMeetingDocs(meetingId: string, token: string, role: Role): MeetingDocs {
  const [opened, setOpened] = useState<Opened | null>(null);
  const [refusals, setRefusals] = useState<Refusals>({ control: null, content: null, rounds: null });
  const opensRounds = role !== 'observer';

  useEffect(() => {
    const { control, content } = openMeetingDocs(meetingId, token);
    const rounds = opensRounds ? openRoundsDoc(meetingId, token, content) : null;
    const next: Opened = { control, content, rounds };
    const read = () =>
      setRefusals({ control: control.refusal(), content: content.refusal(), rounds: rounds?.refusal() ?? null });
    const stops = [control.onRefusal(read), content.onRefusal(read), ...(rounds ? [rounds.onRefusal(read)] : [])];
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

  return useMemo(() => {
    if (opened === null) return { control: null, content: null, rounds: null };
    const { control, content, rounds } = opened;
    return {
      control: { doc: control.doc, provider: control.provider, refusal: refusals.control },
      content: { doc: content.doc, provider: content.provider, refusal: refusals.content },
      rounds: rounds ? { doc: rounds.doc, provider: rounds.provider, refusal: refusals.rounds } : null,
    };
  }, [opened, refusals]);
}
