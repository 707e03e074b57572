import type { KeyMoments, TimelineEvent } from '@debrief/shared';
import { useMemo } from 'react';
import type * as Y from 'yjs';
import { getPasteDefaults, type PasteDefaults } from './timeline/pasteDefaults.ts';
import { getBrowserTimeZone } from './timeZones.ts';
import { type IncidentRecord, useIncidentFacts } from './useIncidentFacts.ts';
import { useKeyMoments } from './useKeyMoments.ts';
import { useTimelineEvents } from './useTimelineEvents.ts';

/** What both incident stages read: the facts, the timeline, its key moments and the defaults for new events. */
export interface IncidentTimeline extends IncidentRecord {
  readonly events: readonly TimelineEvent[];
  readonly keyMoments: KeyMoments;
  readonly defaults: PasteDefaults;
  readonly browserZone: string;
}

export function useIncidentTimeline(doc: Y.Doc): IncidentTimeline {
  const record = useIncidentFacts(doc);
  const events = useTimelineEvents(doc);
  const keyMoments = useKeyMoments(record.facts, events);
  const browserZone = useMemo(getBrowserTimeZone, []);
  const started = record.facts.started;
  const occurredAt = record.meta.occurredAt;
  const startedAt = started?.at;
  const startedZone = started?.timeZone;
  const defaults = useMemo(
    () =>
      getPasteDefaults({
        started: startedAt && startedZone ? { at: startedAt, timeZone: startedZone } : null,
        occurredAt,
        now: Date.now(),
        browserZone,
      }),
    [startedAt, startedZone, occurredAt, browserZone],
  );
  return { ...record, events, keyMoments, defaults, browserZone };
}
