import * as Y from 'yjs';
import {
  checkNewEvidenceLink,
  type EvidenceLinkPatch,
  insertEvidenceLink,
  type NewEvidenceLink,
  patchEvidenceLink,
} from './evidenceLink.ts';
import { type IncidentWriteResult, refused, written } from './incidentWriteResult.ts';
import { getEventChildMap, getTimelineEventMap, TimelineEventKey } from './timelineEventMap.ts';
import { eventGone } from './timelineEvents.ts';

/** Attaches an http(s) evidence link to a timeline event; anything else is refused with a message. */
export function addEventEvidence(doc: Y.Doc, eventId: string, link: NewEvidenceLink): IncidentWriteResult {
  const event = getTimelineEventMap(doc, eventId);
  if (!event) return eventGone();
  const checked = checkNewEvidenceLink(link);
  if (!checked.ok) return refused(checked.message);
  let result = written;
  doc.transact(() => {
    const links =
      getEventChildMap(event, TimelineEventKey.evidence) ?? event.set(TimelineEventKey.evidence, new Y.Map<unknown>());
    result = insertEvidenceLink(links, checked.value);
  });
  return result;
}

/** Changes the url, label or kind of one of an event's evidence links. */
export function updateEventEvidence(
  doc: Y.Doc,
  eventId: string,
  evidenceId: string,
  patch: EvidenceLinkPatch,
): IncidentWriteResult {
  const links = eventLinks(doc, eventId);
  if (!links) return eventGone();
  let result = written;
  doc.transact(() => {
    result = patchEvidenceLink(links, evidenceId, patch);
  });
  return result;
}

/** Removes an evidence link from an event; removing one already gone is fine. */
export function removeEventEvidence(doc: Y.Doc, eventId: string, evidenceId: string): IncidentWriteResult {
  const links = eventLinks(doc, eventId);
  if (!links) return written;
  doc.transact(() => {
    if (links.has(evidenceId)) links.delete(evidenceId);
  });
  return written;
}

function eventLinks(doc: Y.Doc, eventId: string): Y.Map<unknown> | undefined {
  const event = getTimelineEventMap(doc, eventId);
  return event ? getEventChildMap(event, TimelineEventKey.evidence) : undefined;
}
