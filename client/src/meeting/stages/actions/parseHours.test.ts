import { MAX_ACTION_HOURS } from '@debrief/shared';
import { describe, expect, it } from 'vitest';
import { parseHours } from './parseHours.ts';

describe('parseHours', () => {
  it.each([
    ['6', 6],
    [' 12 ', 12],
    ['1.5', 1.5],
    ['1,5', 1.5],
    ['6h', 6],
    ['6 hours', 6],
    ['1 hour', 1],
    ['3 hrs', 3],
  ])('reads %j as %d hours', (input, hours) => {
    expect(parseHours(input)).toBe(hours);
  });

  it.each(['', 'soon', '0', '-2', '2 days', '1.2.3', String(MAX_ACTION_HOURS + 1)])('refuses %j', (input) => {
    expect(parseHours(input)).toBeNull();
  });
});
