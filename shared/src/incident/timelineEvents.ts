import * as Y from 'yjs';
import { replaceText } from '../text/replaceText.ts';
import { type EventComment, readEventComments } from './eventComment.ts';
import {
  checkNewEvidenceLink,
  type EvidenceLink,
  insertEvidenceLink,
  type NewEvidenceLink,
  readEvidenceLinks,
} from './evidenceLink.ts';
import { type IncidentWriteResult, refused, written } from './incidentWriteResult.ts';
import { compareIds, isEpochMs, isItemId } from './itemFields.ts';
import { isTimelineEventKind, type TimelineEventKind } from './timelineEventKinds.ts';
import { getEventChildMap, getTimelineEventMap, getTimelineMap, TimelineEventKey } from './timelineEventMap.ts';
import { parseZonedInstant, type ZonedInstant } from './zonedInstant.ts';

/** The longest event description accepted, in characters. */
export const MAX_EVENT_DESCRIPTION_LENGTH = 10_000;

/** One event of the incident's timeline, as a plain value. */
export interface TimelineEvent {
  readonly id: string;
  /** ISO 8601 instant in UTC. */
  readonly at: string;
  /** The IANA zone the event is shown in. */
  readonly timeZone: string;
  readonly kind: TimelineEventKind;
  readonly description: string;
  /** True when the people responding knew this at the time; false when it was learned later. */
  readonly knownAtTheTime: boolean;
  /** When the event was added, in milliseconds since the epoch; breaks ties between events at the same time. */
  readonly createdAt: number;
  readonly createdBy: string | null;
  readonly evidence: readonly EvidenceLink[];
  readonly comments: readonly EventComment[];
}

/** A new timeline event; `at` may carry any offset and is stored in UTC. */
export interface NewTimelineEvent {
  readonly id: string;
  readonly at: string;
  readonly timeZone: string;
  readonly kind: TimelineEventKind;
  readonly description: string;
  readonly createdAt: number;
  /** Defaults to true. */
  readonly knownAtTheTime?: boolean;
  readonly createdBy?: string | null;
  readonly evidence?: readonly NewEvidenceLink[];
}

/** Changes to an event's content; fields left out stay as they are. Its time changes with retimeTimelineEvent. */
export interface TimelineEventPatch {
  readonly kind?: TimelineEventKind;
  /** Written as the smallest edit, so someone typing elsewhere in the description keeps their text. */
  readonly description?: string;
  readonly knownAtTheTime?: boolean;
}

type CheckedEvent = {
  id: string;
  time: ZonedInstant;
  kind: TimelineEventKind;
  description: string;
  createdAt: number;
  knownAtTheTime: boolean;
  createdBy: string | null;
  evidence: EvidenceLink[];
};

/** Adds one event to the timeline; refuses invalid input and an id already there. */
export function addTimelineEvent(doc: Y.Doc, event: NewTimelineEvent): IncidentWriteResult {
  return addTimelineEvents(doc, [event]);
}

/** Adds several events in one transaction (a quick-add paste): all of them, or none when one is refused. */
export function addTimelineEvents(doc: Y.Doc, events: readonly NewTimelineEvent[]): IncidentWriteResult {
  const timeline = getTimelineMap(doc);
  const checked: CheckedEvent[] = [];
  const ids = new Set<string>();
  for (const [index, event] of events.entries()) {
    const result = checkNewEvent(event);
    const where = events.length > 1 ? `Event ${index + 1}: ` : '';
    if (!result.ok) return refused(`${where}${result.message}`);
    if (ids.has(result.value.id) || timeline.has(result.value.id))
      return refused(`${where}This event was already added`);
    ids.add(result.value.id);
    checked.push(result.value);
  }
  doc.transact(() => {
    for (const event of checked) {
      const entry = timeline.set(event.id, createEventMap(event));
      // Reading a Y type before it is in a document is not allowed, so the links go in once the event is.
      const evidence = getEventChildMap(entry, TimelineEventKey.evidence);
      if (evidence) for (const link of event.evidence) insertEvidenceLink(evidence, link);
    }
  });
  return written;
}

/** The timeline in time order (ties by creation time, then id); events without a readable time are left out. */
export function readTimeline(doc: Y.Doc): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const [id, entry] of getTimelineMap(doc).entries()) {
    if (!(entry instanceof Y.Map)) continue;
    const event = readEventMap(id, entry);
    if (event) events.push(event);
  }
  return sortTimelineEvents(events);
}

/** Events in the timeline's order: by time, then by when they were added, then by id. */
export function sortTimelineEvents(events: Iterable<TimelineEvent>): TimelineEvent[] {
  const timed = Array.from(events, (event) => ({ event, ms: Date.parse(event.at) }));
  timed.sort((a, b) => a.ms - b.ms || a.event.createdAt - b.event.createdAt || compareIds(a.event.id, b.event.id));
  return timed.map(({ event }) => event);
}

/** One timeline event, or null when there is none (never added, or deleted). */
export function readTimelineEvent(doc: Y.Doc, id: string): TimelineEvent | null {
  const entry = getTimelineEventMap(doc, id);
  return entry ? readEventMap(id, entry) : null;
}

/** The Y.Text of an event's description, to bind to an editor; null when the event is gone. */
export function getTimelineEventText(doc: Y.Doc, id: string): Y.Text | null {
  const text = getTimelineEventMap(doc, id)?.get(TimelineEventKey.description);
  return text instanceof Y.Text ? text : null;
}

/** Changes an event's kind, description or known-at-the-time mark, writing only what differs. */
export function updateTimelineEvent(doc: Y.Doc, id: string, patch: TimelineEventPatch): IncidentWriteResult {
  const entry = getTimelineEventMap(doc, id);
  if (!entry) return eventGone();
  if (patch.kind !== undefined && !isTimelineEventKind(patch.kind)) return refused('Choose what kind of event this is');
  if (patch.description !== undefined) {
    const description = checkDescription(patch.description);
    if (!description.ok) return refused(description.message);
  }
  if (patch.knownAtTheTime !== undefined && typeof patch.knownAtTheTime !== 'boolean') {
    return refused('Say whether this was known at the time');
  }
  doc.transact(() => {
    if (patch.kind !== undefined && entry.get(TimelineEventKey.kind) !== patch.kind) {
      entry.set(TimelineEventKey.kind, patch.kind);
    }
    if (patch.knownAtTheTime !== undefined && entry.get(TimelineEventKey.knownAtTheTime) !== patch.knownAtTheTime) {
      entry.set(TimelineEventKey.knownAtTheTime, patch.knownAtTheTime);
    }
    if (patch.description !== undefined) {
      const text = entry.get(TimelineEventKey.description);
      if (text instanceof Y.Text) replaceText(text, patch.description);
      else entry.set(TimelineEventKey.description, new Y.Text(patch.description));
    }
  });
  return written;
}

/** Moves an event to another time (and zone); the event keeps its id, text, evidence and thread. */
export function retimeTimelineEvent(doc: Y.Doc, id: string, time: ZonedInstant): IncidentWriteResult {
  const entry = getTimelineEventMap(doc, id);
  if (!entry) return eventGone();
  const parsed = parseZonedInstant(time);
  if (parsed === null) return refused('Give a date, a time and a time zone such as Europe/Berlin');
  const current = parseZonedInstant(entry.get(TimelineEventKey.time));
  if (current?.at === parsed.at && current.timeZone === parsed.timeZone) return written;
  doc.transact(() => entry.set(TimelineEventKey.time, { at: parsed.at, timeZone: parsed.timeZone }));
  return written;
}

/** Deletes an event with its evidence and thread; deleting one already gone is fine. */
export function deleteTimelineEvent(doc: Y.Doc, id: string): IncidentWriteResult {
  const timeline = getTimelineMap(doc);
  doc.transact(() => {
    if (timeline.has(id)) timeline.delete(id);
  });
  return written;
}

/**
 * Calls `listener` after every change to the timeline with the ids of the events it touched: added, deleted, or
 * changed inside (typing in a description included), so that a reader can read those again and keep the rest.
 * Returns the unsubscribe.
 */
export function observeTimelineEvents(doc: Y.Doc, listener: (ids: ReadonlySet<string>) => void): () => void {
  const timeline = getTimelineMap(doc);
  const onChange = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    const ids = new Set<string>();
    for (const event of events) {
      if (event.target === timeline && event instanceof Y.YMapEvent) {
        for (const key of event.keysChanged) ids.add(key);
      } else {
        const id = event.path[0];
        if (typeof id === 'string') ids.add(id);
      }
    }
    listener(ids);
  };
  timeline.observeDeep(onChange);
  return () => timeline.unobserveDeep(onChange);
}

/** Calls `listener` after every change to the timeline, including typing in descriptions; returns the unsubscribe. */
export function observeTimeline(doc: Y.Doc, listener: () => void): () => void {
  const timeline = getTimelineMap(doc);
  const onChange = () => listener();
  timeline.observeDeep(onChange);
  return () => timeline.unobserveDeep(onChange);
}

/** The refusal for a write to an event someone deleted. */
export function eventGone(): IncidentWriteResult {
  return refused('This event was deleted in the meantime');
}

function checkNewEvent(event: NewTimelineEvent): { ok: true; value: CheckedEvent } | { ok: false; message: string } {
  if (typeof event !== 'object' || event === null) return { ok: false, message: 'An event is needed' };
  if (!isItemId(event.id)) return { ok: false, message: 'The event needs an id made by the app' };
  const time = parseZonedInstant({ at: event.at, timeZone: event.timeZone });
  if (time === null) return { ok: false, message: 'Give a date, a time and a time zone such as Europe/Berlin' };
  if (!isTimelineEventKind(event.kind)) return { ok: false, message: 'Choose what kind of event this is' };
  const description = checkDescription(event.description);
  if (!description.ok) return description;
  if (!isEpochMs(event.createdAt)) return { ok: false, message: 'The event needs the time it was added' };
  if (event.knownAtTheTime !== undefined && typeof event.knownAtTheTime !== 'boolean') {
    return { ok: false, message: 'Say whether this was known at the time' };
  }
  const evidence: EvidenceLink[] = [];
  for (const link of event.evidence ?? []) {
    const checked = checkNewEvidenceLink(link);
    if (!checked.ok) return checked;
    evidence.push(checked.value);
  }
  return {
    ok: true,
    value: {
      id: event.id,
      time,
      kind: event.kind,
      description: event.description,
      createdAt: event.createdAt,
      knownAtTheTime: event.knownAtTheTime ?? true,
      createdBy: typeof event.createdBy === 'string' ? event.createdBy : null,
      evidence,
    },
  };
}

function checkDescription(description: unknown): { ok: true } | { ok: false; message: string } {
  if (typeof description !== 'string') return { ok: false, message: 'The description must be text' };
  if (description.length > MAX_EVENT_DESCRIPTION_LENGTH) {
    return { ok: false, message: `A description can be at most ${MAX_EVENT_DESCRIPTION_LENGTH} characters long` };
  }
  return { ok: true };
}

function createEventMap(event: CheckedEvent): Y.Map<unknown> {
  const entry = new Y.Map<unknown>();
  entry.set(TimelineEventKey.time, { at: event.time.at, timeZone: event.time.timeZone });
  entry.set(TimelineEventKey.kind, event.kind);
  entry.set(TimelineEventKey.description, new Y.Text(event.description));
  entry.set(TimelineEventKey.knownAtTheTime, event.knownAtTheTime);
  entry.set(TimelineEventKey.createdAt, event.createdAt);
  entry.set(TimelineEventKey.createdBy, event.createdBy);
  entry.set(TimelineEventKey.evidence, new Y.Map<unknown>());
  entry.set(TimelineEventKey.comments, new Y.Map<unknown>());
  return entry;
}

function readEventMap(id: string, entry: Y.Map<unknown>): TimelineEvent | null {
  const time = parseZonedInstant(entry.get(TimelineEventKey.time));
  if (time === null) return null;
  const kind = entry.get(TimelineEventKey.kind);
  const description = entry.get(TimelineEventKey.description);
  const createdAt = entry.get(TimelineEventKey.createdAt);
  const createdBy = entry.get(TimelineEventKey.createdBy);
  return {
    id,
    at: time.at,
    timeZone: time.timeZone,
    kind: isTimelineEventKind(kind) ? kind : 'other',
    description:
      description instanceof Y.Text ? description.toString() : typeof description === 'string' ? description : '',
    knownAtTheTime: entry.get(TimelineEventKey.knownAtTheTime) !== false,
    createdAt: isEpochMs(createdAt) ? createdAt : 0,
    createdBy: typeof createdBy === 'string' ? createdBy : null,
    evidence: readEvidenceLinks(getEventChildMap(entry, TimelineEventKey.evidence)),
    comments: readEventComments(getEventChildMap(entry, TimelineEventKey.comments)),
  };
}
