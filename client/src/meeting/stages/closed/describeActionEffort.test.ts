import { summariseActionCosts } from '@debrief/shared';
import { describe, expect, it } from 'vitest';
import { describeActionEffort } from './describeActionEffort.ts';

const euros = { amount: 52_000, unit: 'money', currency: 'EUR' } as const;

describe('describeActionEffort', () => {
  it('weighs the estimated hours against the incident’s cost', () => {
    const costs = summariseActionCosts(
      [
        { cost: { unit: 'hours', hours: 6 }, status: 'done' },
        { cost: { unit: 'size', size: 'M' }, status: 'open' },
        { cost: null, status: 'open' },
        { cost: { unit: 'size', size: 'L' }, status: 'wont-do' },
      ],
      euros,
    );
    expect(describeActionEffort(costs, euros)).toBe(
      'The actions are estimated at 22 hours of work (1 of 3 not estimated). The incident cost €52,000.',
    );
  });

  it('warns when the actions would cost more than the incident did', () => {
    const hours = { amount: 10, unit: 'person-hours' } as const;
    const costs = summariseActionCosts([{ cost: { unit: 'size', size: 'M' }, status: 'open' }], hours);
    expect(describeActionEffort(costs, hours)).toMatch(/cost 10 person-hours\. The actions would cost more/);
  });

  it('gives the actions in money at the meeting’s hourly rate', () => {
    const withRate = { ...euros, amount: 2000, hourlyRate: 95 } as const;
    const costs = summariseActionCosts([{ cost: { unit: 'size', size: 'L' }, status: 'open' }], withRate);
    expect(describeActionEffort(costs, withRate)).toBe(
      'The actions are estimated at 40 hours of work. At €95 an hour, that is about €3,800. The incident cost €2,000. The actions would cost more than the incident did.',
    );
  });

  it('says what is not known', () => {
    const costs = summariseActionCosts([{ cost: null, status: 'open' }], null);
    expect(describeActionEffort(costs, null)).toBe(
      'None of the actions has an estimate yet. The incident’s cost was not estimated.',
    );
  });
});
