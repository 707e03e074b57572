/** The check-in mood scale: shown as words and faces, never as bare numbers. */
export const MOODS = [
  { value: 1, face: '😣', label: 'Rough' },
  { value: 2, face: '😕', label: 'Uneasy' },
  { value: 3, face: '😐', label: 'Okay' },
  { value: 4, face: '🙂', label: 'Good' },
  { value: 5, face: '😄', label: 'Great' },
] as const;

export type MoodValue = (typeof MOODS)[number]['value'];

/** "Was this worth your time?" answers, 1 to 5. */
export const WORTH_RATINGS = [
  { value: 1, label: 'Not at all' },
  { value: 2, label: 'Barely' },
  { value: 3, label: 'Somewhat' },
  { value: 4, label: 'Mostly' },
  { value: 5, label: 'Absolutely' },
] as const;

export type WorthRating = (typeof WORTH_RATINGS)[number]['value'];

export function isOneToFive(value: unknown): value is 1 | 2 | 3 | 4 | 5 {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
}

export function describeMood(value: MoodValue): string {
  const mood = MOODS.find((m) => m.value === value);
  return mood ? `${mood.face} ${mood.label}` : '';
}
