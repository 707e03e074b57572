export interface RatingSummary {
  readonly count: number;
  /** Null when nobody rated. */
  readonly average: number | null;
  readonly min: number | null;
  readonly max: number | null;
  /** Population standard deviation: how far apart people's answers were. */
  readonly standardDeviation: number | null;
  /** How many people gave each rating, index 0 for 1 … index 4 for 5. */
  readonly distribution: RatingDistribution;
}

/** How many people gave each rating from 1 to 5: index 0 for 1 … index 4 for 5. */
export type RatingDistribution = readonly [number, number, number, number, number];

export const EMPTY_DISTRIBUTION: RatingDistribution = [0, 0, 0, 0, 0];

/** The same summary from counts alone, which is all the document holds. */
export function summariseDistribution(distribution: RatingDistribution): RatingSummary {
  return summariseRatings(distribution.flatMap((count, index) => Array.from({ length: count }, () => index + 1)));
}

/** Summarises 1–5 ratings for the facilitator and the record, without saying who gave which. */
export function summariseRatings(ratings: readonly (number | null)[]): RatingSummary {
  const given = ratings.filter((r): r is number => r !== null && Number.isInteger(r) && r >= 1 && r <= 5);
  const distribution: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  for (const rating of given) distribution[rating - 1] = (distribution[rating - 1] ?? 0) + 1;
  if (given.length === 0) {
    return { count: 0, average: null, min: null, max: null, standardDeviation: null, distribution };
  }
  const average = given.reduce((sum, r) => sum + r, 0) / given.length;
  const variance = given.reduce((sum, r) => sum + (r - average) ** 2, 0) / given.length;
  return {
    count: given.length,
    average: Math.round(average * 100) / 100,
    min: Math.min(...given),
    max: Math.max(...given),
    standardDeviation: Math.round(Math.sqrt(variance) * 100) / 100,
    distribution,
  };
}
