/**
 * The first half of two-part advisory lock keys, one per kind of thing locked, so that locks on a card and on a
 * meeting never collide. Two-part keys never collide with the one-part migration lock either.
 */
export const LOCK_CLASS = {
  votesOnCard: 1,
  meetingRatings: 2,
} as const;
