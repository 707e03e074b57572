import { describe, expect, it } from 'vitest';
import { draftFromCost, readAmount, readCostDraft } from './costDraft.ts';

describe('readAmount', () => {
  it('reads amounts the way people type them', () => {
    expect(readAmount('12000')).toBe(12000);
    expect(readAmount('12,000')).toBe(12000);
    expect(readAmount('12 000')).toBe(12000);
    expect(readAmount('1,234,567.50')).toBe(1234567.5);
    expect(readAmount('1.234.567,50')).toBe(1234567.5);
    expect(readAmount('12.5')).toBe(12.5);
    expect(readAmount('12,5')).toBe(12.5);
  });

  it('refuses what is not a plain amount', () => {
    expect(readAmount('12k')).toBeNull();
    expect(readAmount('-5')).toBeNull();
    expect(readAmount('€12')).toBeNull();
    expect(readAmount('1e9')).toBeNull();
  });
});

describe('readCostDraft', () => {
  it('stores money with an upper-case currency, and person-hours without one', () => {
    expect(readCostDraft({ amount: '12,000', unit: 'money', currency: 'eur', hourlyRate: '' })).toEqual({
      ok: true,
      cost: { amount: 12000, unit: 'money', currency: 'EUR' },
    });
    expect(readCostDraft({ amount: '40', unit: 'person-hours', currency: 'EUR', hourlyRate: '' })).toEqual({
      ok: true,
      cost: { amount: 40, unit: 'person-hours' },
    });
    expect(readCostDraft({ amount: '500', unit: 'money', currency: '', hourlyRate: '' })).toEqual({
      ok: true,
      cost: { amount: 500, unit: 'money' },
    });
  });

  it('clears the cost when the amount is emptied, and explains a refusal', () => {
    expect(readCostDraft({ amount: '  ', unit: 'money', currency: 'EUR', hourlyRate: '' })).toEqual({
      ok: true,
      cost: null,
    });
    expect(readCostDraft({ amount: 'a lot', unit: 'money', currency: 'EUR', hourlyRate: '' })).toMatchObject({
      ok: false,
    });
    expect(readCostDraft({ amount: '10', unit: 'money', currency: 'XYZ', hourlyRate: '' })).toEqual({
      ok: false,
      message: 'The currency must be a three-letter code such as EUR or USD',
    });
  });
});

describe('the hourly rate', () => {
  it('is stored with money, left out for person-hours, and explained when it is no number', () => {
    expect(readCostDraft({ amount: '18,500', unit: 'money', currency: 'EUR', hourlyRate: '95' })).toEqual({
      ok: true,
      cost: { amount: 18500, unit: 'money', currency: 'EUR', hourlyRate: 95 },
    });
    expect(readCostDraft({ amount: '40', unit: 'person-hours', currency: '', hourlyRate: '95' })).toEqual({
      ok: true,
      cost: { amount: 40, unit: 'person-hours' },
    });
    expect(readCostDraft({ amount: '10', unit: 'money', currency: 'EUR', hourlyRate: 'lots' })).toEqual({
      ok: false,
      message: 'Write the hourly rate as a number, such as 95',
    });
    expect(draftFromCost({ amount: 100, unit: 'money', currency: 'EUR', hourlyRate: 87.5 }).hourlyRate).toBe('87.5');
  });
});

describe('draftFromCost', () => {
  it('shows a stored cost, or an empty amount in the default currency', () => {
    expect(draftFromCost({ amount: 40, unit: 'person-hours' }, 'EUR')).toEqual({
      amount: '40',
      unit: 'person-hours',
      currency: 'EUR',
      hourlyRate: '',
    });
    expect(draftFromCost(null, 'USD')).toEqual({ amount: '', unit: 'money', currency: 'USD', hourlyRate: '' });
    expect(draftFromCost({ amount: 18500.5, unit: 'money', currency: 'EUR' })).toEqual({
      amount: '18,500.5',
      unit: 'money',
      currency: 'EUR',
      hourlyRate: '',
    });
    expect(readCostDraft(draftFromCost({ amount: 1234567.25, unit: 'money' }))).toMatchObject({
      cost: { amount: 1234567.25 },
    });
  });
});
