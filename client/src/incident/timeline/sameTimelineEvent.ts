import type { EventComment, EvidenceLink, TimelineEvent } from '@debrief/shared';

/** Whether two reads of an event show the same thing, leaving its description out when asked (an editor shows that). */
export function isSameTimelineEvent(a: TimelineEvent, b: TimelineEvent, ignoreDescription = false): boolean {
  if (a === b) return true;
  return (
    a.id === b.id &&
    a.at === b.at &&
    a.timeZone === b.timeZone &&
    a.kind === b.kind &&
    a.knownAtTheTime === b.knownAtTheTime &&
    a.createdAt === b.createdAt &&
    a.createdBy === b.createdBy &&
    (ignoreDescription || a.description === b.description) &&
    sameList(a.evidence, b.evidence, sameEvidence) &&
    sameList(a.comments, b.comments, sameComment)
  );
}

/**
 * `next` with every event that did not change replaced by its earlier read, and `previous` itself when nothing
 * changed, so memoised rows skip rendering and an unchanged timeline does not render at all. With
 * `ignoreDescriptions`, an event whose description alone changed counts as unchanged: typing in a description then
 * renders nothing, since its editor follows the Y.Text itself (the kept objects' descriptions may be out of date).
 */
export function reuseUnchangedEvents(
  previous: readonly TimelineEvent[],
  next: readonly TimelineEvent[],
  ignoreDescriptions = false,
): readonly TimelineEvent[] {
  const byId = new Map(previous.map((event) => [event.id, event]));
  let changed = previous.length !== next.length;
  const merged = next.map((event, index) => {
    const earlier = byId.get(event.id);
    const kept = earlier && isSameTimelineEvent(earlier, event, ignoreDescriptions) ? earlier : event;
    if (kept !== previous[index]) changed = true;
    return kept;
  });
  return changed ? merged : previous;
}

function sameList<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!same(a[i] as T, b[i] as T)) return false;
  return true;
}

function sameEvidence(a: EvidenceLink, b: EvidenceLink): boolean {
  return (
    a.id === b.id &&
    a.url === b.url &&
    a.label === b.label &&
    a.kind === b.kind &&
    a.addedAt === b.addedAt &&
    a.addedBy === b.addedBy
  );
}

function sameComment(a: EventComment, b: EventComment): boolean {
  return (
    a.id === b.id &&
    a.text === b.text &&
    a.kind === b.kind &&
    a.resolved === b.resolved &&
    a.authorId === b.authorId &&
    a.authorName === b.authorName &&
    a.createdAt === b.createdAt
  );
}
