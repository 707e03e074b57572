import type { KeyMoments, TimelineEvent } from '@debrief/shared';
import { formatZoned } from '../formatZoned.ts';
import { type KeyMomentName, listKeyMoments } from '../keyMomentNames.ts';

/** One line of the rendered timeline: a day heading, a key moment from the incident facts, or an event. */
export type TimelineRow =
  | { readonly type: 'day'; readonly key: string; readonly at: string; readonly timeZone: string }
  | {
      readonly type: 'moment';
      readonly key: string;
      readonly name: KeyMomentName;
      readonly at: string;
      readonly timeZone: string;
      readonly sinceStartMs: number | null;
    }
  | {
      readonly type: 'event';
      readonly key: string;
      readonly event: TimelineEvent;
      /** The key moments this event is (the first detection or resolution event, when the facts do not say). */
      readonly moments: readonly KeyMomentName[];
      readonly sinceStartMs: number | null;
    };

const noMoments: readonly KeyMomentName[] = [];

/**
 * The timeline as rows: events in time order, the key moments the incident facts give placed among them (before
 * events at the same instant), and a day heading whenever the calendar day changes, each day read in the zone of
 * the row under it.
 */
export function buildTimelineRows(events: readonly TimelineEvent[], keyMoments: KeyMoments): TimelineRow[] {
  const startMs = keyMoments.started ? Date.parse(keyMoments.started.at) : null;
  const sinceStart = (at: string) => (startMs === null ? null : Date.parse(at) - startMs);
  const eventMoments = new Map<string, KeyMomentName[]>();
  const markers: { name: KeyMomentName; at: string; timeZone: string; ms: number }[] = [];
  for (const { name, moment } of listKeyMoments(keyMoments)) {
    if (moment.source === 'timeline' && moment.eventId) {
      const list = eventMoments.get(moment.eventId) ?? [];
      list.push(name);
      eventMoments.set(moment.eventId, list);
    } else {
      markers.push({ name, at: moment.at, timeZone: moment.timeZone, ms: Date.parse(moment.at) });
    }
  }
  // Stable: moments at the same instant keep their natural order.
  markers.sort((a, b) => a.ms - b.ms);

  const rows: TimelineRow[] = [];
  let lastDay: string | null = null;
  const addDay = (at: string, timeZone: string) => {
    const day = formatZoned(at, timeZone, 'day') || at.slice(0, 10);
    if (day === lastDay) return;
    lastDay = day;
    rows.push({ type: 'day', key: `day:${day}`, at, timeZone });
  };

  let next = 0;
  const addMarkersUntil = (ms: number) => {
    for (let marker = markers[next]; marker !== undefined && marker.ms <= ms; marker = markers[++next]) {
      addDay(marker.at, marker.timeZone);
      rows.push({
        type: 'moment',
        key: `moment:${marker.name}`,
        name: marker.name,
        at: marker.at,
        timeZone: marker.timeZone,
        sinceStartMs: sinceStart(marker.at),
      });
    }
  };

  for (const event of events) {
    addMarkersUntil(Date.parse(event.at));
    addDay(event.at, event.timeZone);
    rows.push({
      type: 'event',
      key: event.id,
      event,
      moments: eventMoments.get(event.id) ?? noMoments,
      sinceStartMs: sinceStart(event.at),
    });
  }
  addMarkersUntil(Number.POSITIVE_INFINITY);
  return rows;
}
