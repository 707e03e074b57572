import * as Y from 'yjs';
import { ContentRoot, getContentMap } from '../doc/docSchema.ts';

/** Keys of one timeline event's Y.Map. Only the timeline accessors know them. */
export const TimelineEventKey = {
  /** Plain `{ at, timeZone }`, written as one value so a retime never mixes two people's times. */
  time: 'time',
  kind: 'kind',
  /** Y.Text. */
  description: 'description',
  knownAtTheTime: 'knownAtTheTime',
  createdAt: 'createdAt',
  createdBy: 'createdBy',
  /** Y.Map<id, Y.Map> of evidence links. */
  evidence: 'evidence',
  /** Y.Map<id, Y.Map> of questions and comments. */
  comments: 'comments',
} as const;

/** The Y.Map<id, Y.Map> of timeline events. */
export function getTimelineMap(doc: Y.Doc): Y.Map<unknown> {
  return getContentMap(doc, ContentRoot.timeline);
}

/** One event's Y.Map, or null when there is none (never added, or deleted by someone). */
export function getTimelineEventMap(doc: Y.Doc, id: string): Y.Map<unknown> | null {
  const event = getTimelineMap(doc).get(id);
  return event instanceof Y.Map ? event : null;
}

/** A nested Y.Map of an event (evidence or comments); created with the event, so never raced over. */
export function getEventChildMap(
  event: Y.Map<unknown>,
  key: typeof TimelineEventKey.evidence | typeof TimelineEventKey.comments,
): Y.Map<unknown> | undefined {
  const child = event.get(key);
  return child instanceof Y.Map ? child : undefined;
}
