import type * as Y from 'yjs';

/** Bumped with every migration in `migrations/`. */
export const DOC_SCHEMA_VERSION = 1;

/** Root names of the meeting content document. Nothing else names a root type with a literal. */
export const ContentRoot = {
  meta: 'meta',
  notes: 'notes',
} as const;

/** Root names of the control document, which only the server writes. */
export const ControlRoot = {
  control: 'control',
} as const;

export const MetaKey = {
  schemaVersion: 'schemaVersion',
  title: 'title',
  incidentSummary: 'incidentSummary',
  occurredAt: 'occurredAt',
  severity: 'severity',
  createdAt: 'createdAt',
} as const;

export const ControlKey = {
  stage: 'stage',
  stageStartedAt: 'stageStartedAt',
  timebox: 'timebox',
  facilitatorIds: 'facilitatorIds',
  leadFacilitatorId: 'leadFacilitatorId',
  closedFromStage: 'closedFromStage',
} as const;

export function getMetaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ContentRoot.meta);
}

export function getNotesText(doc: Y.Doc): Y.Text {
  return doc.getText(ContentRoot.notes);
}

export function getControlMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ControlRoot.control);
}

/** The control document of a meeting is named after its content document. */
export function controlDocName(meetingId: string): string {
  return `${meetingId}:control`;
}

/** Splits a document name into its meeting and which of the meeting's documents it is. */
export function parseDocName(docName: string): { meetingId: string; kind: 'content' | 'control' } | null {
  const match = /^([A-Za-z0-9_-]{8,64})(:control)?$/.exec(docName);
  if (!match?.[1]) return null;
  return { meetingId: match[1], kind: match[2] ? 'control' : 'content' };
}
