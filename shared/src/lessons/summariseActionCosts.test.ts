import { describe, expect, it } from 'vitest';
import { ACTION_SIZE_HOURS, actionCostHours, isActionCost } from './actionCost.ts';
import { summariseActionCosts } from './summariseActionCosts.ts';

describe('action cost', () => {
  it('maps sizes to hours', () => {
    expect(ACTION_SIZE_HOURS).toEqual({ S: 4, M: 16, L: 40 });
    expect(actionCostHours({ unit: 'size', size: 'L' })).toBe(40);
    expect(actionCostHours({ unit: 'hours', hours: 2.5 })).toBe(2.5);
    expect(actionCostHours(null)).toBeNull();
  });

  it('checks a cost from anywhere', () => {
    expect(isActionCost({ unit: 'hours', hours: 1 })).toBe(true);
    expect(isActionCost({ unit: 'size', size: 'S' })).toBe(true);
    for (const cost of [
      null,
      'S',
      { unit: 'hours', hours: -1 },
      { unit: 'hours', hours: Number.POSITIVE_INFINITY },
      { unit: 'hours', hours: 10_001 },
      { unit: 'size', size: 'XL' },
      { unit: 'days', days: 2 },
    ]) {
      expect(isActionCost(cost)).toBe(false);
    }
  });
});

describe('summariseActionCosts', () => {
  const actions = [
    { cost: { unit: 'size', size: 'M' }, status: 'open' },
    { cost: { unit: 'hours', hours: 4 }, status: 'done' },
    { cost: null, status: 'in-progress' },
    { cost: { unit: 'size', size: 'L' }, status: 'wont-do' },
  ] as const;

  it('weighs the hours of actions still meant to happen against an incident in person-hours', () => {
    expect(summariseActionCosts(actions, { amount: 40, unit: 'person-hours' })).toEqual({
      totalHours: 20,
      estimatedCount: 2,
      unestimatedCount: 1,
      shareOfIncident: 0.5,
      totalMoney: null,
      exceedsIncident: false,
      message:
        'The actions are estimated at 20 hours (1 of 3 not estimated yet). The incident cost about 40 person-hours.',
    });
  });

  it('warns when the actions would cost more than the incident did', () => {
    const summary = summariseActionCosts(actions, { amount: 10, unit: 'person-hours' });
    expect(summary.exceedsIncident).toBe(true);
    expect(summary.shareOfIncident).toBe(2);
    expect(summary.message).toMatch(/more than the incident did/);
  });

  it('treats an incident that cost nothing as exceeded by any estimated action', () => {
    expect(summariseActionCosts(actions, { amount: 0, unit: 'person-hours' })).toMatchObject({
      shareOfIncident: null,
      exceedsIncident: true,
    });
  });

  it('cannot compare hours with money without an hourly rate, and says how', () => {
    const summary = summariseActionCosts(actions, { amount: 12_000, unit: 'money', currency: 'EUR' });
    expect(summary.shareOfIncident).toBeNull();
    expect(summary.exceedsIncident).toBe(false);
    expect(summary.message).toMatch(/€12,000; add your team’s hourly rate in the Prepare stage/);
  });

  it('weighs the hours in money at the hourly rate', () => {
    const within = summariseActionCosts(actions, { amount: 12_000, unit: 'money', currency: 'EUR', hourlyRate: 100 });
    expect(within).toMatchObject({ totalMoney: 2000, shareOfIncident: 2000 / 12_000, exceedsIncident: false });
    expect(within.message).toMatch(/At the hourly rate, that is about €2,000, against the incident’s €12,000\./);
    const over = summariseActionCosts(actions, { amount: 1500, unit: 'money', currency: 'EUR', hourlyRate: 100 });
    expect(over.exceedsIncident).toBe(true);
    expect(over.message).toMatch(/more than the incident did/);
  });

  it('handles no actions and an unknown incident cost', () => {
    expect(summariseActionCosts([], null)).toMatchObject({
      totalHours: 0,
      shareOfIncident: null,
      message: 'No actions yet. The incident’s cost is not estimated yet.',
    });
    expect(summariseActionCosts([{ cost: { unit: 'hours', hours: 1 }, status: 'open' }], null).message).toMatch(
      /^The actions are estimated at 1 hour\./,
    );
  });
});
