import type * as Y from 'yjs';

/** Bumped with every migration in `migrations/`. */
export const DOC_SCHEMA_VERSION = 3;

/** Root names of the meeting content document. Nothing else names a root type with a literal. */
export const ContentRoot = {
  /** Y.Map of scalars: title, severity, schema version… */
  meta: 'meta',
  /** Y.Text: free meeting notes. */
  notes: 'notes',
  /** Y.Map: the incident's facts (times, impact, cost, how we became aware, how it was solved). */
  facts: 'facts',
  /** Y.Map<id, Y.Map>: evidence links attached to the incident. */
  evidence: 'evidence',
  /** Y.Map<id, Y.Map>: timeline events. */
  timeline: 'timeline',
  /** Y.Map: scheduling of the meeting itself. */
  schedule: 'schedule',
  /** Y.Text: why it went wrong, written together in the lessons stage. */
  summary: 'summary',
  /** Y.Map<id, Y.Map>: lesson cards under the four prompts. */
  cards: 'cards',
  /** Y.Map<id, Y.Map>: groups of related lesson cards. */
  cardGroups: 'cardGroups',
  /** Y.Map<key, number>: votes on lesson cards. */
  votes: 'votes',
  /** Y.Map<id, Y.Map>: solution ideas parked during lessons, for the actions stage. */
  parkingLot: 'parkingLot',
  /** Y.Map<id, Y.Map>: actions with owners. */
  actions: 'actions',
  /** Y.Map<participantId, Y.Map>: check-in cards. */
  checkIns: 'checkIns',
  /** Y.Map<participantId, Y.Map>: check-out cards. */
  checkOuts: 'checkOuts',
  /** Y.Map<id, record>: the whiteboard's records. */
  board: 'board',
  /** Y.Map of counts the server keeps for round progress, such as how many people have voted. */
  roundProgress: 'roundProgress',
} as const;

export type ContentRoot = (typeof ContentRoot)[keyof typeof ContentRoot];

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
  /** Lessons settings; absent from documents written before they existed, and then read as defaults. */
  votesPerPerson: 'votesPerPerson',
  anonymousCardsAllowed: 'anonymousCardsAllowed',
  checkInsHidden: 'checkInsHidden',
} as const;

export function getMetaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ContentRoot.meta);
}

export function getNotesText(doc: Y.Doc): Y.Text {
  return doc.getText(ContentRoot.notes);
}

export function getSummaryText(doc: Y.Doc): Y.Text {
  return doc.getText(ContentRoot.summary);
}

/** A root Y.Map of the content document by its schema name. */
export function getContentMap<T = unknown>(
  doc: Y.Doc,
  root: Exclude<ContentRoot, typeof ContentRoot.notes | typeof ContentRoot.summary>,
): Y.Map<T> {
  return doc.getMap<T>(root);
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
