import * as Y from 'yjs';
import { type EvidenceKind, isEvidenceKind } from './evidenceKinds.ts';
import { type IncidentWriteResult, refused, written } from './incidentWriteResult.ts';
import { isSafeHttpUrl } from './isSafeHttpUrl.ts';
import { compareIds, isEpochMs, isItemId } from './itemFields.ts';
import { parseEvidenceUrl } from './parseEvidenceUrl.ts';

/** The longest evidence label accepted, in characters. */
export const MAX_EVIDENCE_LABEL_LENGTH = 200;

/** A link to a log, merge request, CI run, chat message, metric or document, attached to the incident or an event. */
export interface EvidenceLink {
  readonly id: string;
  /** Always an http(s) link. */
  readonly url: string;
  /** May be empty: show the url then. */
  readonly label: string;
  readonly kind: EvidenceKind;
  /** When it was attached, in milliseconds since the epoch; orders the list. */
  readonly addedAt: number;
  readonly addedBy: string | null;
}

/** A new evidence link: `url` is read with parseEvidenceUrl, so surrounding spaces are fine. */
export interface NewEvidenceLink {
  readonly id: string;
  readonly url: string;
  readonly label?: string;
  readonly kind: EvidenceKind;
  readonly addedAt: number;
  readonly addedBy?: string | null;
}

/** Changes to an evidence link; fields left out stay as they are. */
export interface EvidenceLinkPatch {
  readonly url?: string;
  readonly label?: string;
  readonly kind?: EvidenceKind;
}

const EvidenceKey = {
  url: 'url',
  label: 'label',
  kind: 'kind',
  addedAt: 'addedAt',
  addedBy: 'addedBy',
} as const;

type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

/** Checks a new link completely before anything is written. */
export function checkNewEvidenceLink(input: NewEvidenceLink): Checked<EvidenceLink> {
  if (!isItemId(input.id)) return { ok: false, message: 'The link needs an id made by the app' };
  const url = parseEvidenceUrl(input.url);
  if (!url.ok) return url;
  const label = checkLabel(input.label ?? '');
  if (!label.ok) return label;
  if (!isEvidenceKind(input.kind)) return { ok: false, message: 'Choose what kind of evidence this link is' };
  if (!isEpochMs(input.addedAt)) return { ok: false, message: 'The link needs the time it was added' };
  return {
    ok: true,
    value: {
      id: input.id,
      url: url.url,
      label: label.value,
      kind: input.kind,
      addedAt: input.addedAt,
      addedBy: typeof input.addedBy === 'string' ? input.addedBy : null,
    },
  };
}

/** Adds a checked link to a Y.Map<id, Y.Map> of links; refuses an id already there. Call inside a transaction. */
export function insertEvidenceLink(links: Y.Map<unknown>, link: EvidenceLink): IncidentWriteResult {
  if (links.has(link.id)) return refused('This link was already added');
  const entry = new Y.Map<unknown>();
  entry.set(EvidenceKey.url, link.url);
  entry.set(EvidenceKey.label, link.label);
  entry.set(EvidenceKey.kind, link.kind);
  entry.set(EvidenceKey.addedAt, link.addedAt);
  entry.set(EvidenceKey.addedBy, link.addedBy);
  links.set(link.id, entry);
  return written;
}

/** Checks a patch, then writes only the fields it names. Call inside a transaction. */
export function patchEvidenceLink(links: Y.Map<unknown>, id: string, patch: EvidenceLinkPatch): IncidentWriteResult {
  const entry = links.get(id);
  if (!(entry instanceof Y.Map)) return refused('This link was removed in the meantime');
  const changes: [string, unknown][] = [];
  if (patch.url !== undefined) {
    const url = parseEvidenceUrl(patch.url);
    if (!url.ok) return refused(url.message);
    changes.push([EvidenceKey.url, url.url]);
  }
  if (patch.label !== undefined) {
    const label = checkLabel(patch.label);
    if (!label.ok) return refused(label.message);
    changes.push([EvidenceKey.label, label.value]);
  }
  if (patch.kind !== undefined) {
    if (!isEvidenceKind(patch.kind)) return refused('Choose what kind of evidence this link is');
    changes.push([EvidenceKey.kind, patch.kind]);
  }
  for (const [key, value] of changes) if (entry.get(key) !== value) entry.set(key, value);
  return written;
}

/** The links of a Y.Map<id, Y.Map>, oldest first; entries that are not safe http(s) links are left out. */
export function readEvidenceLinks(links: Y.Map<unknown> | undefined): EvidenceLink[] {
  if (!links) return [];
  const result: EvidenceLink[] = [];
  for (const [id, entry] of links.entries()) {
    if (!(entry instanceof Y.Map)) continue;
    const url = entry.get(EvidenceKey.url);
    if (!isSafeHttpUrl(url)) continue;
    const label = entry.get(EvidenceKey.label);
    const kind = entry.get(EvidenceKey.kind);
    const addedAt = entry.get(EvidenceKey.addedAt);
    const addedBy = entry.get(EvidenceKey.addedBy);
    result.push({
      id,
      url,
      label: typeof label === 'string' ? label : '',
      kind: isEvidenceKind(kind) ? kind : 'document',
      addedAt: isEpochMs(addedAt) ? addedAt : 0,
      addedBy: typeof addedBy === 'string' ? addedBy : null,
    });
  }
  return result.sort((a, b) => a.addedAt - b.addedAt || compareIds(a.id, b.id));
}

function checkLabel(label: string): Checked<string> {
  if (typeof label !== 'string') return { ok: false, message: 'The label must be text' };
  const trimmed = label.trim();
  if ([...trimmed].length > MAX_EVIDENCE_LABEL_LENGTH) {
    return { ok: false, message: `Labels can be at most ${MAX_EVIDENCE_LABEL_LENGTH} characters long` };
  }
  return { ok: true, value: trimmed };
}
