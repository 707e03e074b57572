import type { LessonPrompt } from '@debrief/shared';

/** Example cards, one per prompt, so an empty composer shows the kind of card that helps. */
export const composerPlaceholders: Record<LessonPrompt, string> = {
  helped: 'e.g. The alert fired within two minutes',
  slowed: 'e.g. The runbook was out of date',
  differently: 'e.g. Declare the incident sooner',
  learned: 'e.g. Retries were hiding the slow queries',
};

/** A nudge under the prompts where blame creeps in most easily. */
export const blamelessHints: Partial<Record<LessonPrompt, string>> = {
  slowed: 'Describe the process, tools or situation, not a person: “The runbook skipped a step”, not “Sam forgot”.',
  differently: 'What could we as a team change? Not what one person should have done.',
};

/** What an empty column says, to get people writing. */
export const emptyColumnTexts: Record<LessonPrompt, string> = {
  helped: 'No cards yet. Think of the alerts, tools, docs and habits that made the response easier.',
  slowed: 'No cards yet. Think of missing runbooks, noisy alerts, unclear ownership or slow tools.',
  differently: 'No cards yet. Knowing what we know now, what would we try next time?',
  learned: 'No cards yet. Surprises, wrong assumptions, how the system really behaves.',
};
