/** Colours that all keep white initials above a 5:1 contrast ratio. */
export const PARTICIPANT_COLORS = [
  '#2458c6',
  '#6b3fc0',
  '#b42318',
  '#0b7a5a',
  '#a1450b',
  '#b4236f',
  '#3d6b1f',
  '#0e6f7c',
  '#8a5a00',
  '#7a2e8c',
] as const;

/** A stable colour for a participant id, so a person keeps their colour in every meeting. */
export function participantColor(participantId: string): string {
  let hash = 2166136261;
  for (const char of participantId) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 16777619);
  }
  return PARTICIPANT_COLORS[(hash >>> 0) % PARTICIPANT_COLORS.length] ?? PARTICIPANT_COLORS[0];
}
