import type * as Y from 'yjs';
import { readControlState } from '../doc/controlDoc.ts';
import { readMeetingMeta } from '../doc/meetingMeta.ts';
import { formatIncidentCost } from '../incident/incidentCost.ts';
import { readIncidentFacts } from '../incident/incidentFacts.ts';
import { deriveKeyMoments } from '../incident/keyMoments.ts';
import { readMeetingSchedule } from '../incident/meetingSchedule.ts';
import { readTimeline } from '../incident/timelineEvents.ts';
import { actionCostHours } from '../lessons/actionCost.ts';
import { readActions } from '../lessons/actions.ts';
import { readCards } from '../lessons/lessonCards.ts';
import { LESSON_PROMPTS } from '../lessons/lessonPrompts.ts';
import { readLessonSummary } from '../lessons/lessonSummary.ts';
import { actionListWarnings, overreactionWarnings } from '../lessons/overreactionWarnings.ts';
import { readParkingLot } from '../lessons/parkingLot.ts';
import { readVoteTotals } from '../lessons/voteTotals.ts';
import { DEFAULT_MAX_ACTIONS } from '../meeting/controlState.ts';
import { readMeetingPeople } from '../rounds/meetingPeople.ts';
import type { ReportInput, ReportMoment } from './renderReport.ts';

/**
 * The report's content from the meeting's documents: the content, the control document (vote totals, the action
 * limit) and, for those who may see names, the rounds document (who attended). Check-in and check-out notes are
 * never read into it.
 */
export function buildReportInput(content: Y.Doc, control: Y.Doc, rounds: Y.Doc | null): ReportInput {
  const meta = readMeetingMeta(content);
  const facts = readIncidentFacts(content);
  const timeline = readTimeline(content);
  const moments = deriveKeyMoments(facts, timeline);
  const totals = readVoteTotals(control, content);
  const cards = readCards(content);
  const actions = readActions(content).filter((action) => action.title.trim() !== '' || action.owner !== null);
  const schedule = readMeetingSchedule(content);
  const controlState = readControlState(control);
  const maxActions = controlState?.maxActions ?? DEFAULT_MAX_ACTIONS;
  const people = rounds ? readMeetingPeople(rounds, controlState) : null;
  const listWarnings = actionListWarnings(actions, facts.cost, maxActions).map((warning) => warning.message);
  const moment = (value: { at: string; timeZone: string } | null | undefined): ReportMoment | null =>
    value ? { at: value.at, timeZone: value.timeZone } : null;

  return {
    title: meta.title,
    severity: meta.severity,
    incidentSummary: meta.incidentSummary,
    meetingDate: schedule ? { at: schedule.at, timeZone: schedule.timeZone } : null,
    facilitators: people ? [...people.facilitators] : [],
    attendees: people ? [...people.attendees] : [],
    moments: {
      started: moment(moments.started),
      detected: moment(moments.aware),
      mitigated: moment(moments.mitigated),
      resolved: moment(moments.resolved),
    },
    howWeBecameAware: facts.howWeBecameAware,
    impact: facts.impact,
    howItWasSolved: facts.howItWasSolved,
    cost: facts.cost ? formatIncidentCost(facts.cost) : null,
    timeline: timeline.map((event) => ({
      at: event.at,
      timeZone: event.timeZone,
      kind: event.kind,
      description: event.description,
      knownAtTheTime: event.knownAtTheTime,
      evidence: event.evidence.map((link) => ({ url: link.url, label: link.label })),
      questions: event.comments
        .filter((comment) => comment.kind === 'question')
        .map((comment) => ({ text: comment.text, answered: comment.resolved })),
    })),
    whyItWentWrong: readLessonSummary(content),
    lessons: LESSON_PROMPTS.map((prompt) => ({
      prompt,
      items: [...cards[prompt]]
        .map((card) => ({ text: card.text, votes: totals[card.id] ?? 0 }))
        .filter((item) => item.text.trim() !== '')
        .sort((a, b) => b.votes - a.votes),
    })),
    actions: actions.map((action, index) => ({
      title: action.title,
      owner: action.owner?.name ?? null,
      dueDate: action.dueDate,
      status: action.status,
      cost: describeCost(action.cost),
      warnings: [
        ...overreactionWarnings(action, facts.cost).map((warning) => warning.message),
        // The list's own warnings are told once, under its first action.
        ...(index === 0 ? listWarnings : []),
      ],
    })),
    parkingLot: readParkingLot(content)
      .map((item) => item.text)
      .filter((text) => text.trim() !== ''),
  };
}

function describeCost(cost: Parameters<typeof actionCostHours>[0]): string | null {
  const hours = actionCostHours(cost);
  if (cost === null || hours === null) return null;
  const amount = `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
  return cost.unit === 'size' ? `${amount} (${cost.size})` : amount;
}
