import type { LessonPrompt } from '@debrief/shared';

/** The prompts in a few words, for presence ("editing a “What helped us” card") and menus. */
export const promptShortLabels: Record<LessonPrompt, string> = {
  helped: 'What helped us',
  slowed: 'What slowed us down',
  differently: 'Do differently',
  learned: 'What we know now',
};
