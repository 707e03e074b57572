/** The four prompts of the lessons stage, in the order they are shown. */
export const LESSON_PROMPTS = ['helped', 'slowed', 'differently', 'learned'] as const;

export type LessonPrompt = (typeof LESSON_PROMPTS)[number];

export const lessonPromptLabels: Record<LessonPrompt, string> = {
  helped: 'What helped us?',
  slowed: 'What slowed us down?',
  differently: 'What could we have done differently?',
  learned: 'What do we know now that we did not know before?',
};

export function isLessonPrompt(value: unknown): value is LessonPrompt {
  return typeof value === 'string' && (LESSON_PROMPTS as readonly string[]).includes(value);
}

/** An empty list per prompt, for readers that sort records into prompts. */
export function byLessonPrompt<T>(): Record<LessonPrompt, T[]> {
  return { helped: [], slowed: [], differently: [], learned: [] };
}
