import {
  observeTimelineEvents,
  readTimeline,
  readTimelineEvent,
  sortTimelineEvents,
  type TimelineEvent,
} from '@debrief/shared';
import { startTransition, useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { docVersion } from '../sync/docVersion.ts';
import { onNextFrame } from './onNextFrame.ts';
import { isSameTimelineEvent, reuseUnchangedEvents } from './timeline/sameTimelineEvent.ts';

/**
 * The timeline in time order, for rendering. Only the events that changed are read again, at most once per frame
 * while anyone types; unchanged events keep their objects so their rows skip rendering, and the new list renders as
 * a transition, which React can interrupt. Typing in a description changes nothing here (the descriptions may be
 * out of date): bind an editor to the event's Y.Text to show it.
 */
export function useTimelineEvents(doc: Y.Doc): readonly TimelineEvent[] {
  const [initial] = useState(() => ({ doc, version: docVersion(doc), events: readTimeline(doc) }));
  const [events, setEvents] = useState<readonly TimelineEvent[]>(initial.events);

  useEffect(() => {
    let cancel: (() => void) | null = null;
    // The ids touched since the last read; null when the whole timeline is to be read again.
    let touched: Set<string> | null = new Set();
    const refresh = () => {
      cancel = null;
      const ids = touched;
      touched = new Set();
      // A transition: rendering thousands of rows that just arrived is sliced, so typing and clicks stay quick.
      startTransition(() =>
        setEvents((previous) =>
          ids === null ? reuseUnchangedEvents(previous, readTimeline(doc), true) : readTouched(doc, previous, ids),
        ),
      );
    };
    if (initial.doc !== doc || initial.version !== docVersion(doc)) {
      touched = null;
      refresh();
    }
    const stop = observeTimelineEvents(doc, (ids) => {
      if (touched !== null) for (const id of ids) touched.add(id);
      cancel ??= onNextFrame(refresh);
    });
    return () => {
      stop();
      cancel?.();
    };
  }, [doc, initial]);

  return events;
}

/** `previous` with the events `ids` read again, or `previous` itself when none of them changed what a row shows. */
function readTouched(doc: Y.Doc, previous: readonly TimelineEvent[], ids: ReadonlySet<string>) {
  const byId = new Map(previous.map((event) => [event.id, event]));
  let changed = false;
  for (const id of ids) {
    const fresh = readTimelineEvent(doc, id);
    const earlier = byId.get(id);
    if (fresh === null) {
      changed = byId.delete(id) || changed;
    } else if (!earlier || !isSameTimelineEvent(earlier, fresh, true)) {
      byId.set(id, fresh);
      changed = true;
    }
  }
  return changed ? sortTimelineEvents(byId.values()) : previous;
}
