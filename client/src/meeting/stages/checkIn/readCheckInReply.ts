import { type CheckInResponse, isOneToFive } from '@debrief/shared';

/** What the check-in endpoints answer: this person's card (null before they check in) and whether it is held back. */
export type CheckInReply = CheckInResponse;

/** Reads `{checkIn, held}` from the server, or null when the reply is not that shape. */
export function readCheckInReply(body: unknown): CheckInReply | null {
  if (typeof body !== 'object' || body === null) return null;
  const { checkIn, held } = body as Record<string, unknown>;
  if (checkIn === null || checkIn === undefined) return { checkIn: null, held: held === true };
  if (typeof checkIn !== 'object') return null;
  const c = checkIn as Record<string, unknown>;
  if (typeof c.participantId !== 'string' || typeof c.name !== 'string') return null;
  return {
    checkIn: {
      participantId: c.participantId,
      name: c.name,
      note: typeof c.note === 'string' && c.note !== '' ? c.note : null,
      mood: isOneToFive(c.mood) ? c.mood : null,
      passed: c.passed === true,
      hidden: c.hidden === true,
      at: typeof c.at === 'number' ? c.at : 0,
    },
    held: held === true,
  };
}
