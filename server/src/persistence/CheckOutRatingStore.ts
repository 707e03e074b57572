import type { RatingDistribution, WorthRating } from '@debrief/shared';

/**
 * Answers to "Was this worth your time?". Each is kept under the person's rating id, a one-way hash of their
 * secret key of its own (see `personalKeys`), which nothing else in the database holds: neither the document nor
 * a copy of the database says who rated what.
 */
export interface CheckOutRatingStore {
  read(meetingId: string, ratingId: string): Promise<WorthRating | null>;
  /** Sets one person's rating; null takes it back. */
  write(meetingId: string, ratingId: string, worth: WorthRating | null): Promise<void>;
  /** How many people gave each rating in the meeting. */
  counts(meetingId: string): Promise<RatingDistribution>;
  /** Keeps counts from before ratings were kept here, each as a rating of nobody's, once, if it has none yet. */
  importEarlier(meetingId: string, counts: RatingDistribution): Promise<void>;
}
