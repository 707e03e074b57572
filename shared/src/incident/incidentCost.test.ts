import { describe, expect, it } from 'vitest';
import {
  formatHourlyRate,
  formatIncidentCost,
  formatMoney,
  MAX_HOURLY_RATE,
  parseIncidentCost,
} from './incidentCost.ts';

describe('parseIncidentCost', () => {
  it('accepts money with or without a currency, and person-hours', () => {
    expect(parseIncidentCost({ amount: 12000, unit: 'money', currency: 'eur' })).toEqual({
      ok: true,
      cost: { amount: 12000, unit: 'money', currency: 'EUR' },
    });
    expect(parseIncidentCost({ amount: 500, unit: 'money' })).toEqual({
      ok: true,
      cost: { amount: 500, unit: 'money' },
    });
    expect(parseIncidentCost({ amount: 40, unit: 'person-hours', currency: 'EUR' })).toEqual({
      ok: true,
      cost: { amount: 40, unit: 'person-hours' },
    });
  });

  it.each([
    [{ amount: -1, unit: 'money' }],
    [{ amount: Number.NaN, unit: 'money' }],
    [{ amount: 1e13, unit: 'money' }],
    [{ amount: '12', unit: 'money' }],
    [{ amount: 12, unit: 'hours' }],
    [{ amount: 12, unit: 'money', currency: 'EURO' }],
    [{ amount: 12, unit: 'money', currency: 'ZZZ' }],
    [null],
  ])('refuses %j with a message', (value) => {
    expect(parseIncidentCost(value)).toMatchObject({ ok: false, message: expect.any(String) });
  });
});

describe('formatIncidentCost', () => {
  it('writes the cost as people read it', () => {
    expect(formatIncidentCost({ amount: 12000, unit: 'money', currency: 'EUR' })).toBe('€12,000');
    expect(formatIncidentCost({ amount: 99.5, unit: 'money', currency: 'USD' })).toBe('US$99.50');
    expect(formatIncidentCost({ amount: 12000, unit: 'money' })).toBe('12,000 (no currency)');
    expect(formatIncidentCost({ amount: 40, unit: 'person-hours' })).toBe('40 person-hours');
    expect(formatIncidentCost({ amount: 1, unit: 'person-hours' })).toBe('1 person-hour');
  });
});

describe('the hourly rate', () => {
  it('goes with money and must be a number above zero', () => {
    expect(parseIncidentCost({ amount: 100, unit: 'money', currency: 'eur', hourlyRate: 95 })).toEqual({
      ok: true,
      cost: { amount: 100, unit: 'money', currency: 'EUR', hourlyRate: 95 },
    });
    expect(parseIncidentCost({ amount: 100, unit: 'person-hours', hourlyRate: 95 })).toEqual({
      ok: true,
      cost: { amount: 100, unit: 'person-hours' },
    });
    for (const hourlyRate of [0, -1, '95', Number.NaN, 1e9]) {
      expect(parseIncidentCost({ amount: 100, unit: 'money', hourlyRate })).toEqual({
        ok: false,
        message: 'The hourly rate must be a number above zero, up to 100,000',
      });
    }
  });

  it('accepts the highest rate and no higher', () => {
    expect(parseIncidentCost({ amount: 1, unit: 'money', hourlyRate: MAX_HOURLY_RATE })).toMatchObject({ ok: true });
    expect(parseIncidentCost({ amount: 1, unit: 'money', hourlyRate: MAX_HOURLY_RATE + 1 })).toMatchObject({
      ok: false,
    });
  });

  it('is written as people read it, in the incident’s money', () => {
    expect(formatHourlyRate({ amount: 100, unit: 'money', currency: 'EUR', hourlyRate: 95 })).toBe('€95 an hour');
    expect(formatHourlyRate({ amount: 100, unit: 'money', hourlyRate: 87.5 })).toBe('87.5 an hour');
    expect(formatHourlyRate({ amount: 100, unit: 'money', currency: 'EUR' })).toBeNull();
    expect(formatHourlyRate({ amount: 100, unit: 'person-hours' })).toBeNull();
  });
});

describe('formatMoney', () => {
  it('writes an amount with its currency, or plainly without one', () => {
    expect(formatMoney(1600, 'EUR')).toBe('€1,600');
    expect(formatMoney(1600.25, 'GBP')).toBe('£1,600.25');
    expect(formatMoney(1600, undefined)).toBe('1,600');
  });
});
