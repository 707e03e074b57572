import { observeTimeline, readTimeline, type TimelineEvent } from '@debrief/shared';
import { startTransition, useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { docVersion } from '../sync/docVersion.ts';
import { onNextFrame } from './onNextFrame.ts';
import { reuseUnchangedEvents } from './timeline/sameTimelineEvent.ts';

/**
 * The timeline in time order, for rendering. Reading it costs tens of milliseconds for thousands of events, so it
 * is read again at most once per frame while anyone types; unchanged events keep their objects so their rows skip
 * rendering, and the new list renders as a transition, which React can interrupt. Typing in a description changes
 * nothing here (the descriptions may be out of date): bind an editor to the event's Y.Text to show it.
 */
export function useTimelineEvents(doc: Y.Doc): readonly TimelineEvent[] {
  const [initial] = useState(() => ({ doc, version: docVersion(doc), events: readTimeline(doc) }));
  const [events, setEvents] = useState<readonly TimelineEvent[]>(initial.events);

  useEffect(() => {
    let cancel: (() => void) | null = null;
    const refresh = () => {
      cancel = null;
      const next = readTimeline(doc);
      // A transition: rendering thousands of rows that just arrived is sliced, so typing and clicks stay quick.
      startTransition(() => setEvents((previous) => reuseUnchangedEvents(previous, next, true)));
    };
    // Reading thousands of events again costs tens of milliseconds: only when something changed since the render.
    if (initial.doc !== doc || initial.version !== docVersion(doc)) refresh();
    const stop = observeTimeline(doc, () => {
      cancel ??= onNextFrame(refresh);
    });
    return () => {
      stop();
      cancel?.();
    };
  }, [doc, initial]);

  return events;
}
