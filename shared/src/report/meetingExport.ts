import type * as Y from 'yjs';
import { checkBoardSvg } from '../board/checkBoardSvg.ts';
import { readNotes, replaceNotes } from '../doc/accessors.ts';
import { readMeetingMeta } from '../doc/meetingMeta.ts';
import { addEventComment, setEventCommentResolved } from '../incident/eventComments.ts';
import { isEvidenceKind } from '../incident/evidenceKinds.ts';
import { type IncidentCost, parseIncidentCost } from '../incident/incidentCost.ts';
import { addIncidentEvidence, readIncidentEvidence } from '../incident/incidentEvidence.ts';
import {
  INCIDENT_FACT_TEXTS,
  INCIDENT_MOMENTS,
  readIncidentFacts,
  replaceIncidentFactText,
  setIncidentCost,
  setIncidentTime,
} from '../incident/incidentFacts.ts';
import { readMeetingSchedule, scheduleMeeting } from '../incident/meetingSchedule.ts';
import { addTimelineEvents, readTimeline } from '../incident/timelineEvents.ts';
import { parseZonedInstant, type ZonedInstant } from '../incident/zonedInstant.ts';
import { type ActionCost, copyActionCost, isActionCost } from '../lessons/actionCost.ts';
import { type ActionOwner, isActionOwner } from '../lessons/actionOwner.ts';
import { type ActionStatus, isActionStatus } from '../lessons/actionStatuses.ts';
import { addAction, linkActionToLesson, readActions, setActionStatus, updateAction } from '../lessons/actions.ts';
import { type ActionType, isActionType } from '../lessons/actionTypes.ts';
import { addCard, readCards } from '../lessons/lessonCards.ts';
import { isLessonPrompt, LESSON_PROMPTS, type LessonPrompt } from '../lessons/lessonPrompts.ts';
import { readLessonSummary, replaceLessonSummary } from '../lessons/lessonSummary.ts';
import { addParkingLotItem, readParkingLot } from '../lessons/parkingLot.ts';
import { readVoteTotals } from '../lessons/voteTotals.ts';
import { SEVERITIES, type Severity } from '../protocol/httpApi.ts';

export const MEETING_EXPORT_FORMAT = 'debrief-meeting';
export const MEETING_EXPORT_VERSION = 1;

type Link = { readonly url: string; readonly label: string; readonly kind: string };

/** A whole meeting as plain JSON: what `export.json` holds and `POST /api/meetings/import` takes back. */
export interface MeetingExport {
  readonly format: typeof MEETING_EXPORT_FORMAT;
  readonly version: typeof MEETING_EXPORT_VERSION;
  readonly meeting: {
    readonly title: string;
    readonly incidentSummary: string;
    readonly occurredAt: string | null;
    readonly severity: Severity;
  };
  readonly facts: {
    readonly started: ZonedInstant | null;
    readonly detected: ZonedInstant | null;
    readonly mitigated: ZonedInstant | null;
    readonly resolved: ZonedInstant | null;
    readonly howWeBecameAware: string;
    readonly impact: string;
    readonly howItWasSolved: string;
    readonly cost: IncidentCost | null;
  };
  readonly schedule: { readonly at: string; readonly timeZone: string; readonly durationMinutes: number } | null;
  readonly evidence: readonly Link[];
  readonly timeline: readonly {
    readonly id: string;
    readonly at: string;
    readonly timeZone: string;
    readonly kind: string;
    readonly description: string;
    readonly knownAtTheTime: boolean;
    readonly evidence: readonly Link[];
    readonly comments: readonly {
      readonly authorName: string;
      readonly text: string;
      readonly kind: 'question' | 'comment';
      readonly resolved: boolean;
    }[];
  }[];
  readonly summary: string;
  readonly notes: string;
  readonly cards: readonly {
    readonly id: string;
    readonly prompt: LessonPrompt;
    readonly text: string;
    /** null for an anonymous card */
    readonly authorName: string | null;
    readonly votes: number;
  }[];
  readonly actions: readonly {
    readonly id: string;
    readonly title: string;
    readonly owner: ActionOwner | null;
    readonly dueDate: string | null;
    readonly type: ActionType | null;
    readonly status: ActionStatus;
    readonly cost: ActionCost | null;
    readonly lessonCardIds: readonly string[];
  }[];
  readonly parkingLot: readonly string[];
  /** the contributing-factors board as the closed record pictures it (SVG); absent when there is none */
  readonly boardPicture?: string | null;
}

/** The meeting's content, and the vote totals from its control document, as an export. No check-in or check-out. */
export function exportMeeting(content: Y.Doc, control: Y.Doc, boardPicture: string | null = null): MeetingExport {
  const meta = readMeetingMeta(content);
  const facts = readIncidentFacts(content);
  const totals = readVoteTotals(control, content);
  const cards = readCards(content);
  const schedule = readMeetingSchedule(content);
  const link = (evidence: { url: string; label: string; kind: string }): Link => ({
    url: evidence.url,
    label: evidence.label,
    kind: evidence.kind,
  });
  return {
    format: MEETING_EXPORT_FORMAT,
    version: MEETING_EXPORT_VERSION,
    meeting: {
      title: meta.title,
      incidentSummary: meta.incidentSummary,
      occurredAt: meta.occurredAt,
      severity: meta.severity,
    },
    facts: {
      started: facts.started,
      detected: facts.detected,
      mitigated: facts.mitigated,
      resolved: facts.resolved,
      howWeBecameAware: facts.howWeBecameAware,
      impact: facts.impact,
      howItWasSolved: facts.howItWasSolved,
      cost: facts.cost,
    },
    schedule: schedule
      ? { at: schedule.at, timeZone: schedule.timeZone, durationMinutes: schedule.durationMinutes }
      : null,
    evidence: readIncidentEvidence(content).map(link),
    timeline: readTimeline(content).map((event) => ({
      id: event.id,
      at: event.at,
      timeZone: event.timeZone,
      kind: event.kind,
      description: event.description,
      knownAtTheTime: event.knownAtTheTime,
      evidence: event.evidence.map(link),
      comments: event.comments.map((comment) => ({
        authorName: comment.authorName,
        text: comment.text,
        kind: comment.kind,
        resolved: comment.resolved,
      })),
    })),
    summary: readLessonSummary(content),
    notes: readNotes(content),
    cards: LESSON_PROMPTS.flatMap((prompt) =>
      cards[prompt].map((card) => ({
        id: card.id,
        prompt,
        text: card.text,
        authorName: card.anonymous ? null : (card.authorName ?? ''),
        votes: totals[card.id] ?? 0,
      })),
    ),
    actions: readActions(content).map((action) => ({
      id: action.id,
      title: action.title,
      owner: action.owner,
      dueDate: action.dueDate,
      type: action.type,
      status: action.status,
      cost: action.cost ? copyActionCost(action.cost) : null,
      lessonCardIds: [...action.lessonCardIds],
    })),
    parkingLot: readParkingLot(content).map((item) => item.text),
    // Only a meeting whose record has a picture carries one, so older readers of version 1 see nothing new.
    ...(boardPicture === null ? {} : { boardPicture }),
  };
}

export type ImportReading =
  | {
      ok: true;
      meeting: MeetingExport['meeting'];
      votes: Readonly<Record<string, number>>;
      /** the board's picture, checked like an uploaded one */
      boardPicture: string | null;
    }
  | { ok: false; message: string };

const MAX_ITEMS = 10_000;

/**
 * Writes an export into a new meeting's content document, checking each part as it goes; the first thing wrong
 * comes back as a plain message. Run it on a scratch document first: a refusal may leave that one half written.
 */
export function applyMeetingExport(doc: Y.Doc, body: unknown, now: number): ImportReading {
  const data = object(body);
  if (!data || data.format !== MEETING_EXPORT_FORMAT) {
    return fail(`This is not a Debrief export: "format" must be "${MEETING_EXPORT_FORMAT}"`);
  }
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) {
    return fail('"version" must be a whole number such as 1');
  }
  if (data.version > MEETING_EXPORT_VERSION) {
    return fail(
      `This export is from a newer Debrief (version ${data.version}); this server reads version ${MEETING_EXPORT_VERSION}`,
    );
  }
  const meeting = object(data.meeting);
  if (!meeting || typeof meeting.title !== 'string' || meeting.title.trim() === '') {
    return fail('"meeting.title" must be the meeting’s title');
  }
  if (!(SEVERITIES as readonly unknown[]).includes(meeting.severity)) {
    return fail(`"meeting.severity" must be one of ${SEVERITIES.join(', ')}`);
  }
  const occurredAt = meeting.occurredAt ?? null;
  if (occurredAt !== null && (typeof occurredAt !== 'string' || Number.isNaN(Date.parse(occurredAt)))) {
    return fail('"meeting.occurredAt" must be a date and time, or null');
  }
  const lists = ['evidence', 'timeline', 'cards', 'actions', 'parkingLot'] as const;
  for (const name of lists) {
    if (!Array.isArray(data[name]) || (data[name] as unknown[]).length > MAX_ITEMS) {
      return fail(`"${name}" must be a list of at most ${MAX_ITEMS} items`);
    }
  }

  // Facts.
  const facts = object(data.facts) ?? {};
  for (const moment of INCIDENT_MOMENTS) {
    const value = facts[moment];
    if (value === null || value === undefined) continue;
    const time = parseZonedInstant(value);
    if (!time) return fail(`"facts.${moment}" must be {"at", "timeZone"} or null`);
    const written = setIncidentTime(doc, moment, time);
    if (!written.ok) return fail(`facts.${moment}: ${written.message}`);
  }
  for (const field of INCIDENT_FACT_TEXTS) {
    const value = facts[field] ?? '';
    if (typeof value !== 'string') return fail(`"facts.${field}" must be text`);
    const written = replaceIncidentFactText(doc, field, value);
    if (!written.ok) return fail(`facts.${field}: ${written.message}`);
  }
  if (facts.cost !== null && facts.cost !== undefined) {
    const cost = parseIncidentCost(facts.cost);
    if (!cost.ok) return fail(`facts.cost: ${cost.message}`);
    setIncidentCost(doc, cost.cost);
  }
  if (data.schedule !== null && data.schedule !== undefined) {
    const schedule = object(data.schedule);
    const written = schedule
      ? scheduleMeeting(doc, {
          at: String(schedule.at),
          timeZone: String(schedule.timeZone),
          durationMinutes: Number(schedule.durationMinutes),
        })
      : null;
    if (!written?.ok) return fail(`schedule: ${written?.message ?? 'must be {"at", "timeZone", "durationMinutes"}'}`);
  }

  // Evidence and the timeline.
  for (const [index, raw] of (data.evidence as unknown[]).entries()) {
    const link = readLink(raw);
    if (!link) return fail(`evidence ${index + 1} must be {"url", "label", "kind"}`);
    const written = addIncidentEvidence(doc, { id: `evidence-${index + 1}`, ...link, addedAt: now });
    if (!written.ok) return fail(`evidence ${index + 1}: ${written.message}`);
  }
  const events = data.timeline as unknown[];
  const comments: { eventId: string; list: unknown[] }[] = [];
  const newEvents = [];
  for (const [index, raw] of events.entries()) {
    const event = object(raw);
    if (!event) return fail(`timeline event ${index + 1} must be an object`);
    const evidence = [];
    for (const [at, item] of (Array.isArray(event.evidence) ? event.evidence : []).entries()) {
      const link = readLink(item);
      if (!link) return fail(`timeline event ${index + 1}: evidence ${at + 1} must be {"url", "label", "kind"}`);
      evidence.push({ id: `${String(event.id)}-evidence-${at + 1}`, ...link, addedAt: now });
    }
    newEvents.push({
      id: event.id as string,
      at: event.at as string,
      timeZone: event.timeZone as string,
      kind: event.kind as never,
      description: event.description as string,
      knownAtTheTime: event.knownAtTheTime as boolean,
      createdAt: now + index,
      evidence,
    });
    comments.push({ eventId: String(event.id), list: Array.isArray(event.comments) ? event.comments : [] });
  }
  const added = addTimelineEvents(doc, newEvents);
  if (!added.ok) return fail(`timeline: ${added.message}`);
  for (const { eventId, list } of comments) {
    for (const [index, raw] of list.entries()) {
      const comment = object(raw);
      if (!comment || typeof comment.text !== 'string' || typeof comment.authorName !== 'string') {
        return fail(`a comment on timeline event ${eventId} must have "authorName" and "text"`);
      }
      const id = `${eventId}-comment-${index + 1}`;
      const kind = comment.kind === 'question' ? 'question' : 'comment';
      const written = addEventComment(doc, eventId, {
        id,
        authorId: 'imported',
        authorName: comment.authorName,
        text: comment.text,
        createdAt: now + index,
        kind,
      });
      if (!written.ok) return fail(`a comment on timeline event ${eventId}: ${written.message}`);
      if (comment.resolved === true) setEventCommentResolved(doc, eventId, id, true);
    }
  }

  // Lessons.
  if (typeof data.summary !== 'string' || typeof (data.notes ?? '') !== 'string') {
    return fail('"summary" and "notes" must be text');
  }
  replaceLessonSummary(doc, data.summary);
  replaceNotes(doc, (data.notes as string | undefined) ?? '');
  const votes: Record<string, number> = {};
  for (const [index, raw] of (data.cards as unknown[]).entries()) {
    const card = object(raw);
    if (!card || typeof card.id !== 'string' || !isLessonPrompt(card.prompt) || typeof card.text !== 'string') {
      return fail(`card ${index + 1} must have an "id", a "prompt" (${LESSON_PROMPTS.join(', ')}) and "text"`);
    }
    const authorName = card.authorName;
    if (authorName !== null && typeof authorName !== 'string')
      return fail(`card ${index + 1}: "authorName" must be text or null`);
    const author = authorName === null ? null : { id: 'imported', name: authorName };
    if (!addCard(doc, { id: card.id, prompt: card.prompt, text: card.text, author, now: now + index })) {
      return fail(`card ${index + 1}: the id "${card.id}" is used twice`);
    }
    const count = card.votes ?? 0;
    if (!Number.isInteger(count) || (count as number) < 0)
      return fail(`card ${index + 1}: "votes" must be a whole number`);
    if ((count as number) > 0) votes[card.id] = count as number;
  }

  // Actions and the parking lot.
  for (const [index, raw] of (data.actions as unknown[]).entries()) {
    const action = object(raw);
    const where = `action ${index + 1}`;
    if (!action || typeof action.id !== 'string' || typeof action.title !== 'string') {
      return fail(`${where} must have an "id" and a "title"`);
    }
    if (!isActionStatus(action.status)) return fail(`${where}: "status" is not a status of an action`);
    if (action.owner !== null && action.owner !== undefined && !isActionOwner(action.owner)) {
      return fail(`${where}: "owner" must be {"kind": "named", "name"} or null`);
    }
    if (action.type !== null && action.type !== undefined && !isActionType(action.type)) {
      return fail(`${where}: "type" is not a type of action`);
    }
    if (action.cost !== null && action.cost !== undefined && !isActionCost(action.cost)) {
      return fail(`${where}: "cost" must be {"unit": "hours", "hours"} or {"unit": "size", "size"}`);
    }
    if (!addAction(doc, { id: action.id, title: action.title, now: now + index })) {
      return fail(`${where}: the id "${action.id}" is used twice`);
    }
    const updated = updateAction(doc, action.id, {
      owner: (action.owner as ActionOwner | undefined) ?? null,
      dueDate: (action.dueDate as string | null | undefined) ?? null,
      type: (action.type as ActionType | undefined) ?? null,
      cost: (action.cost as ActionCost | undefined) ?? null,
    });
    if (!updated.ok) return fail(`${where}: ${updated.message}`);
    const status = setActionStatus(doc, action.id, action.status);
    if (!status.ok) return fail(`${where}: ${status.message}`);
    for (const cardId of Array.isArray(action.lessonCardIds) ? action.lessonCardIds : []) {
      if (typeof cardId === 'string') linkActionToLesson(doc, action.id, cardId);
    }
  }
  for (const [index, text] of (data.parkingLot as unknown[]).entries()) {
    if (typeof text !== 'string') return fail(`parking lot item ${index + 1} must be text`);
    addParkingLotItem(doc, { id: `parked-${index + 1}`, text, author: null, now: now + index });
  }
  const boardPicture = data.boardPicture ?? null;
  if (boardPicture !== null) {
    if (typeof boardPicture !== 'string') return fail('"boardPicture" must be an SVG picture, or null');
    const check = checkBoardSvg(boardPicture);
    if (!check.ok) return fail(`boardPicture: ${check.reason}`);
  }

  return {
    ok: true,
    meeting: {
      title: meeting.title.trim(),
      incidentSummary: typeof meeting.incidentSummary === 'string' ? meeting.incidentSummary : '',
      occurredAt: occurredAt as string | null,
      severity: meeting.severity as Severity,
    },
    votes,
    boardPicture,
  };
}

function readLink(value: unknown): { url: string; label: string; kind: never } | null {
  const link = object(value);
  if (!link || typeof link.url !== 'string' || !isEvidenceKind(link.kind)) return null;
  return { url: link.url, label: typeof link.label === 'string' ? link.label : '', kind: link.kind as never };
}

function object(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

function fail(message: string): ImportReading {
  return { ok: false, message };
}
