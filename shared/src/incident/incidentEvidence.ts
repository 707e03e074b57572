import type * as Y from 'yjs';
import { ContentRoot, getContentMap } from '../doc/docSchema.ts';
import {
  checkNewEvidenceLink,
  type EvidenceLink,
  type EvidenceLinkPatch,
  insertEvidenceLink,
  type NewEvidenceLink,
  patchEvidenceLink,
  readEvidenceLinks,
} from './evidenceLink.ts';
import { type IncidentWriteResult, refused, written } from './incidentWriteResult.ts';

/** The evidence links attached to the incident as a whole, oldest first. */
export function readIncidentEvidence(doc: Y.Doc): EvidenceLink[] {
  return readEvidenceLinks(getContentMap(doc, ContentRoot.evidence));
}

/** Attaches an http(s) link to the incident; anything else is refused with a message. */
export function addIncidentEvidence(doc: Y.Doc, link: NewEvidenceLink): IncidentWriteResult {
  const checked = checkNewEvidenceLink(link);
  if (!checked.ok) return refused(checked.message);
  let result = written;
  doc.transact(() => {
    result = insertEvidenceLink(getContentMap(doc, ContentRoot.evidence), checked.value);
  });
  return result;
}

/** Changes the url, label or kind of an incident evidence link. */
export function updateIncidentEvidence(doc: Y.Doc, id: string, patch: EvidenceLinkPatch): IncidentWriteResult {
  let result = written;
  doc.transact(() => {
    result = patchEvidenceLink(getContentMap(doc, ContentRoot.evidence), id, patch);
  });
  return result;
}

/** Removes an incident evidence link; removing one already gone is fine. */
export function removeIncidentEvidence(doc: Y.Doc, id: string): IncidentWriteResult {
  const links = getContentMap(doc, ContentRoot.evidence);
  doc.transact(() => {
    if (links.has(id)) links.delete(id);
  });
  return written;
}
