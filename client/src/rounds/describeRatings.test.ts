import { summariseRatings } from '@debrief/shared';
import { describe, expect, it } from 'vitest';
import { describeSpread, formatAverage, summariseRatingsInWords, worthLabel } from './describeRatings.ts';

describe('worthLabel', () => {
  it('names whole ratings and rounds averages to the nearest answer', () => {
    expect(worthLabel(1)).toBe('Not at all');
    expect(worthLabel(4.4)).toBe('Mostly');
    expect(worthLabel(4.5)).toBe('Absolutely');
  });

  it('stays on the scale', () => {
    expect(worthLabel(0)).toBe('Not at all');
    expect(worthLabel(9)).toBe('Absolutely');
  });
});

describe('formatAverage', () => {
  it('keeps one decimal and drops a trailing zero', () => {
    expect(formatAverage(3.75)).toBe('3.8');
    expect(formatAverage(4)).toBe('4');
  });
});

describe('describeSpread', () => {
  it('puts the standard deviation in words', () => {
    expect(describeSpread(0)).toBe('everyone gave the same answer');
    expect(describeSpread(0.5)).toMatch(/close together/);
    expect(describeSpread(1.09)).toMatch(/somewhat/);
    expect(describeSpread(2)).toMatch(/far apart/);
  });
});

describe('summariseRatingsInWords', () => {
  it('says who rated, the average and the range in words', () => {
    expect(summariseRatingsInWords(summariseRatings([5, 4, 4, 2]))).toBe(
      '4 people rated the meeting 3.8 out of 5 (Mostly) on average, from Barely to Absolutely.',
    );
  });

  it('handles one rating, full agreement and nobody', () => {
    expect(summariseRatingsInWords(summariseRatings([3]))).toBe('1 person rated the meeting 3 out of 5 (Somewhat).');
    expect(summariseRatingsInWords(summariseRatings([5, 5]))).toMatch(/everyone said Absolutely/);
    expect(summariseRatingsInWords(summariseRatings([]))).toBe('Nobody has rated the meeting yet.');
  });
});
