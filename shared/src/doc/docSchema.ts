import type * as Y from 'yjs';

/** Bumped with every migration in `migrations/`. */
export const DOC_SCHEMA_VERSION = 4;

/**
 * Root names of the meeting content document, which facilitators and participants write. Nothing else names a
 * root type with a literal. Nothing the server decides lives here: see ControlRoot and RoundsRoot.
 */
export const ContentRoot = {
  /** Y.Map of scalars: title, severity… */
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
  /** Y.Map<id, Y.Map>: solution ideas parked during lessons, for the actions stage. */
  parkingLot: 'parkingLot',
  /** Y.Map<id, Y.Map>: actions with owners. */
  actions: 'actions',
  /** Y.Map<id, record>: the whiteboard's records. */
  board: 'board',
} as const;

export type ContentRoot = (typeof ContentRoot)[keyof typeof ContentRoot];

/**
 * Roots that content documents held before version 4, when server-decided facts still lived there. Only the
 * migration that moves them out names them.
 */
export const LegacyContentRoot = {
  votes: 'votes',
  checkIns: 'checkIns',
  checkOuts: 'checkOuts',
  roundProgress: 'roundProgress',
} as const;

/** Root names of the control document (`<id>:control`), which only the server writes and everyone reads. */
export const ControlRoot = {
  /** Y.Map of scalars: the agenda state (ControlKey). */
  control: 'control',
  /** Y.Map<cardId, number>: each lesson card's vote total, counted from the server's private ballots. */
  voteTotals: 'voteTotals',
  /** Y.Map of counts: how many people voted, checked in, checked out; the check-out ratings once revealed. */
  progress: 'progress',
  /** Y.Map<eventId, source>: timeline events the server added from an outside tool, such as an alert feed. */
  importedEvents: 'importedEvents',
} as const;

/**
 * Root names of the rounds document (`<id>:rounds`): people's check-ins and check-outs, by name. Only the server
 * writes it; facilitators and participants read it, observers never open it (they see the counts in control).
 */
export const RoundsRoot = {
  /** Y.Map<participantId, record>: check-in cards. */
  checkIns: 'checkIns',
  /** Y.Map<participantId, record>: check-out cards. */
  checkOuts: 'checkOuts',
  /** Y.Map<participantId, true>: who checked in or out while facilitating, for the record's "Facilitated by". */
  facilitating: 'facilitating',
} as const;

export type RoundsRoot = (typeof RoundsRoot)[keyof typeof RoundsRoot];

export const MetaKey = {
  /** Only in documents from before version 4: the version now lives in the server's store. */
  legacySchemaVersion: 'schemaVersion',
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
  maxActions: 'maxActions',
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

/** A root Y.Map of the control document other than the agenda state. */
export function getControlRootMap<T = unknown>(doc: Y.Doc, root: Exclude<ControlRoot, 'control'>): Y.Map<T> {
  return doc.getMap<T>(root);
}

export type ControlRoot = (typeof ControlRoot)[keyof typeof ControlRoot];

export function getRoundsMap<T = unknown>(doc: Y.Doc, root: RoundsRoot): Y.Map<T> {
  return doc.getMap<T>(root);
}

/** A root of a content document from before version 4; for the migration that moves it out. */
export function getLegacyContentMap<T = unknown>(
  doc: Y.Doc,
  root: (typeof LegacyContentRoot)[keyof typeof LegacyContentRoot],
): Y.Map<T> {
  return doc.getMap<T>(root);
}

/** The control document of a meeting is named after its content document. */
export function controlDocName(meetingId: string): string {
  return `${meetingId}:control`;
}

/** The rounds document (check-ins and check-outs by name) of a meeting. */
export function roundsDocName(meetingId: string): string {
  return `${meetingId}:rounds`;
}

export type DocKind = 'content' | 'control' | 'rounds' | 'board';

/** Splits a document name into its meeting and which of the meeting's documents it is. */
export function parseDocName(docName: string): { meetingId: string; kind: DocKind } | null {
  const match = /^([A-Za-z0-9_-]{8,64})(?::(control|rounds|board))?$/.exec(docName);
  if (!match?.[1]) return null;
  return { meetingId: match[1], kind: (match[2] as 'control' | 'rounds' | 'board' | undefined) ?? 'content' };
}
