import {
  INCIDENT_FACT_TEXTS,
  readActions,
  readCards,
  readIncidentFacts,
  readLessonSummary,
  readTimeline,
  type Stage,
} from '@debrief/shared';
import type * as Y from 'yjs';
import { findHints } from './findHints.ts';

/** The stages whose writing gets wording hints. */
export const HINTED_STAGES = ['prepare', 'timeline', 'lessons', 'actions'] as const satisfies readonly Stage[];

export type HintedStage = (typeof HINTED_STAGES)[number];

/**
 * How many wording hints are open in each stage's writing, everyone's included, less those this person dismissed.
 * The field keys are the ones the fields themselves use, so a hint dismissed in a field is not counted here either.
 */
export function countStageHints(doc: Y.Doc, dismissed: ReadonlySet<string>): Record<HintedStage, number> {
  const count = (text: string, fieldKey: string) => findHints(text, fieldKey, dismissed).length;
  const facts = readIncidentFacts(doc);
  const cards = Object.values(readCards(doc)).flat();
  return {
    prepare: INCIDENT_FACT_TEXTS.reduce((sum, field) => sum + count(facts[field], `incident-fact:${field}`), 0),
    timeline: readTimeline(doc).reduce((sum, event) => sum + count(event.description, `event:${event.id}`), 0),
    lessons:
      count(readLessonSummary(doc), 'lesson-summary') +
      cards.reduce((sum, card) => sum + count(card.text, `lesson-card:${card.id}`), 0),
    actions: readActions(doc).reduce((sum, action) => sum + count(action.title, `action:${action.id}`), 0),
  };
}
