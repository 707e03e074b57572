import { type RatingSummary, WORTH_RATINGS } from '@debrief/shared';

/** The word for a rating, rounding a fractional one (an average) to the nearest answer. */
export function worthLabel(value: number): string {
  const index = Math.min(WORTH_RATINGS.length, Math.max(1, Math.round(value))) - 1;
  return WORTH_RATINGS[index]?.label ?? '';
}

/** An average as people read it: one decimal, no trailing ".0". */
export function formatAverage(average: number): string {
  return (Math.round(average * 10) / 10).toLocaleString('en-GB', { maximumFractionDigits: 1 });
}

/** What a standard deviation on a 1–5 scale says about how far apart people's answers were. */
export function describeSpread(standardDeviation: number): string {
  if (standardDeviation === 0) return 'everyone gave the same answer';
  if (standardDeviation <= 0.6) return 'answers were close together';
  if (standardDeviation <= 1.2) return 'answers were somewhat spread';
  return 'answers were far apart';
}

/** One sentence that sums the ratings up, for screen readers and the printed record. */
export function summariseRatingsInWords(summary: RatingSummary): string {
  if (summary.count === 0 || summary.average === null) return 'Nobody has rated the meeting yet.';
  const people = summary.count === 1 ? '1 person' : `${summary.count} people`;
  const average = `${formatAverage(summary.average)} out of 5 (${worthLabel(summary.average)})`;
  if (summary.count === 1) return `${people} rated the meeting ${average}.`;
  const range =
    summary.min === summary.max
      ? `everyone said ${worthLabel(summary.min ?? 0)}`
      : `from ${worthLabel(summary.min ?? 0)} to ${worthLabel(summary.max ?? 0)}`;
  return `${people} rated the meeting ${average} on average, ${range}.`;
}
