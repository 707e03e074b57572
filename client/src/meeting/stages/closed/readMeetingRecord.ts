import {
  type Action,
  type ActionCostSummary,
  deriveKeyMoments,
  type EvidenceLink,
  type IncidentFacts,
  type KeyMoments,
  LESSON_PROMPTS,
  type MeetingMeta,
  type MeetingSchedule,
  type ParkingLotItem,
  type RatingSummary,
  readActions,
  readCardGroups,
  readCards,
  readIncidentEvidence,
  readIncidentFacts,
  readLessonSummary,
  readMeetingMeta,
  readMeetingSchedule,
  readParkingLot,
  readRoundProgress,
  readTimeline,
  readVoteTotals,
  summariseActionCosts,
  summariseDistribution,
  type TimelineEvent,
} from '@debrief/shared';
import type * as Y from 'yjs';
import { arrangeLessons, type PromptLessons } from './arrangeLessons.ts';

/** Everything the closed meeting's record shows. Check-in and check-out notes are personal and not part of it. */
export interface MeetingRecord {
  readonly meta: MeetingMeta;
  readonly facts: IncidentFacts;
  readonly moments: KeyMoments;
  readonly evidence: readonly EvidenceLink[];
  readonly timeline: readonly TimelineEvent[];
  readonly summary: string;
  readonly lessons: readonly PromptLessons[];
  readonly lessonCount: number;
  /** each lesson card's text, so an action can say which lessons it answers */
  readonly lessonTexts: Readonly<Record<string, string>>;
  readonly actions: readonly Action[];
  readonly actionCosts: ActionCostSummary;
  /** when the meeting was held, if a time was set in Prepare */
  readonly schedule: MeetingSchedule | null;
  readonly parkingLot: readonly ParkingLotItem[];
  /** "Was this worth your time?", added up, once shown (closed, enough ratings): never who gave which */
  readonly ratings: RatingSummary | null;
}

/** The record from the content document, with the vote totals and the ratings from the control document. */
export function readMeetingRecord(doc: Y.Doc, control: Y.Doc): MeetingRecord {
  const facts = readIncidentFacts(doc);
  const timeline = readTimeline(doc);
  const cards = readCards(doc);
  const lessons = arrangeLessons(cards, readCardGroups(doc), readVoteTotals(control, doc));
  const lessonTexts: Record<string, string> = {};
  for (const prompt of LESSON_PROMPTS) for (const card of cards[prompt]) lessonTexts[card.id] = card.text.trim();
  const actions = readActions(doc).filter((action) => action.title.trim() !== '' || action.owner !== null);
  return {
    meta: readMeetingMeta(doc),
    facts,
    moments: deriveKeyMoments(facts, timeline),
    evidence: readIncidentEvidence(doc),
    timeline,
    summary: readLessonSummary(doc).trim(),
    lessons,
    lessonCount: lessons.reduce((sum, { items }) => sum + items.length, 0),
    lessonTexts,
    actions,
    actionCosts: summariseActionCosts(actions, facts.cost),
    ratings: readRatings(control),
    schedule: readMeetingSchedule(doc),
    parkingLot: readParkingLot(doc),
  };
}

function readRatings(control: Y.Doc): RatingSummary | null {
  const { worth } = readRoundProgress(control);
  return worth ? summariseDistribution(worth) : null;
}
