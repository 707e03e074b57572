import { describe, expect, it } from 'vitest';
import { describeDueDate, localToday, needsPastDateConfirmation } from './describeDueDate.ts';

describe('describeDueDate', () => {
  it('counts calendar days to the due date', () => {
    expect(describeDueDate('2026-12-01', '2026-12-01', 'open')).toEqual({ text: 'Due today', tone: 'soon' });
    expect(describeDueDate('2026-12-02', '2026-12-01', 'open').text).toBe('Due tomorrow');
    expect(describeDueDate('2026-12-06', '2026-12-01', 'in-progress')).toEqual({ text: 'Due in 5 days', tone: 'soon' });
    expect(describeDueDate('2027-01-15', '2026-12-01', 'open')).toEqual({ text: 'Due in 45 days', tone: 'later' });
  });

  it('says how late an open action is, across a daylight-saving change too', () => {
    expect(describeDueDate('2026-03-27', '2026-03-30', 'open')).toEqual({ text: 'Overdue by 3 days', tone: 'overdue' });
    expect(describeDueDate('2026-11-30', '2026-12-01', 'open').text).toBe('Overdue by 1 day');
  });

  it('says nothing once the action is done or dropped', () => {
    expect(describeDueDate('2020-01-01', '2026-12-01', 'done').tone).toBe('settled');
    expect(describeDueDate('2020-01-01', '2026-12-01', 'wont-do').text).toBe('');
  });
});

describe('localToday', () => {
  it('writes the local calendar day', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});

describe('needsPastDateConfirmation', () => {
  it('asks about a date before today', () => {
    expect(needsPastDateConfirmation('2026-11-30', null, '2026-12-01')).toBe(true);
    expect(needsPastDateConfirmation('2025-12-31', '2026-12-20', '2026-12-01')).toBe(true);
  });

  it('takes today and later dates at once', () => {
    expect(needsPastDateConfirmation('2026-12-01', null, '2026-12-01')).toBe(false);
    expect(needsPastDateConfirmation('2027-01-10', '2026-11-01', '2026-12-01')).toBe(false);
  });

  it('does not ask again about the date the action already has, nor about clearing it', () => {
    expect(needsPastDateConfirmation('2026-11-01', '2026-11-01', '2026-12-01')).toBe(false);
    expect(needsPastDateConfirmation(null, '2026-11-01', '2026-12-01')).toBe(false);
  });

  it('leaves a value that is not a whole date to the date field', () => {
    expect(needsPastDateConfirmation('', null, '2026-12-01')).toBe(false);
    expect(needsPastDateConfirmation('2026-1', null, '2026-12-01')).toBe(false);
  });
});
