import type { RatingDistribution, WorthRating } from '@debrief/shared';

/**
 * Answers to "Was this worth your time?". Each is known only by `hashPersonalKey` of the person who gave it,
 * so neither the document nor a copy of the database says who rated what; the document holds the counts.
 */
export interface CheckOutRatingStore {
  read(meetingId: string, ownerHash: string): Promise<WorthRating | null>;
  /**
   * Sets one person's rating (null takes it back) and resolves with the counts for the meeting. `earlier` are
   * counts the document holds from before ratings were kept here; they are kept too, the first time.
   */
  write(
    meetingId: string,
    ownerHash: string,
    worth: WorthRating | null,
    earlier: RatingDistribution,
  ): Promise<RatingDistribution>;
}
