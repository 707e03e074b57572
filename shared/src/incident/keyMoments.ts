import type * as Y from 'yjs';
import { durationBetween } from './durationBetween.ts';
import { type IncidentFacts, readIncidentFacts } from './incidentFacts.ts';
import type { TimelineEventKind } from './timelineEventKinds.ts';
import { readTimeline, type TimelineEvent } from './timelineEvents.ts';
import type { ZonedInstant } from './zonedInstant.ts';

/** A key moment and where it was read from: the incident facts, or the first timeline event of its kind. */
export interface KeyMoment extends ZonedInstant {
  readonly source: 'facts' | 'timeline';
  /** The timeline event it came from, when `source` is 'timeline'. */
  readonly eventId: string | null;
}

/** The incident's key moments and the durations between them, in milliseconds (null when an end is unknown). */
export interface KeyMoments {
  readonly started: KeyMoment | null;
  /** When we became aware: the detected time, else the first detection event. */
  readonly aware: KeyMoment | null;
  readonly mitigated: KeyMoment | null;
  /** The resolved time, else the first resolution event. */
  readonly resolved: KeyMoment | null;
  /** Time to detect: started → aware. */
  readonly timeToDetectMs: number | null;
  /** Time to mitigate: aware → mitigated, the time it took once we knew (not counting time to detect). */
  readonly timeToMitigateMs: number | null;
  /** Time to resolve: aware → resolved, the time it took once we knew. */
  readonly timeToResolveMs: number | null;
  /** How long the incident lasted in all: started → resolved. */
  readonly totalDurationMs: number | null;
}

/** The key moments of the incident in `doc`. Durations are negative when the times contradict each other. */
export function readKeyMoments(doc: Y.Doc): KeyMoments {
  return deriveKeyMoments(readIncidentFacts(doc), readTimeline(doc));
}

/** The key moments from facts and a timeline already read (sorted as readTimeline sorts it). */
export function deriveKeyMoments(
  facts: Pick<IncidentFacts, 'started' | 'detected' | 'mitigated' | 'resolved'>,
  timeline: readonly TimelineEvent[],
): KeyMoments {
  const started = fromFacts(facts.started);
  const aware = fromFacts(facts.detected) ?? firstOfKind(timeline, 'detection');
  const mitigated = fromFacts(facts.mitigated);
  const resolved = fromFacts(facts.resolved) ?? firstOfKind(timeline, 'resolution');
  return {
    started,
    aware,
    mitigated,
    resolved,
    timeToDetectMs: durationBetween(started?.at, aware?.at),
    timeToMitigateMs: durationBetween(aware?.at, mitigated?.at),
    timeToResolveMs: durationBetween(aware?.at, resolved?.at),
    totalDurationMs: durationBetween(started?.at, resolved?.at),
  };
}

function fromFacts(instant: ZonedInstant | null): KeyMoment | null {
  return instant ? { at: instant.at, timeZone: instant.timeZone, source: 'facts', eventId: null } : null;
}

function firstOfKind(timeline: readonly TimelineEvent[], kind: TimelineEventKind): KeyMoment | null {
  const event = timeline.find((candidate) => candidate.kind === kind);
  return event ? { at: event.at, timeZone: event.timeZone, source: 'timeline', eventId: event.id } : null;
}
