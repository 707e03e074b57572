import type { ActionStatus } from '@debrief/shared';

export interface DueDateState {
  readonly text: string;
  readonly tone: 'overdue' | 'soon' | 'later' | 'settled';
}

const DAY_MS = 86_400_000;

/** "Due in 3 days", "Overdue by 2 days"…, counted in calendar days from `today` (both YYYY-MM-DD). */
export function describeDueDate(dueDate: string, today: string, status: ActionStatus): DueDateState {
  const days = Math.round((Date.parse(`${dueDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
  const plural = (count: number) => `${count} ${count === 1 ? 'day' : 'days'}`;
  if (status === 'done' || status === 'wont-do') return { text: '', tone: 'settled' };
  if (days < 0) return { text: `Overdue by ${plural(-days)}`, tone: 'overdue' };
  if (days === 0) return { text: 'Due today', tone: 'soon' };
  if (days === 1) return { text: 'Due tomorrow', tone: 'soon' };
  return { text: `Due in ${plural(days)}`, tone: days <= 7 ? 'soon' : 'later' };
}

/**
 * Whether choosing `next` as the due date should first ask "This date has passed. Use it anyway?": a date before
 * `today` (both YYYY-MM-DD) that is not already the action's date. Clearing the date never asks.
 */
export function needsPastDateConfirmation(next: string | null, current: string | null, today: string): boolean {
  if (next === null || next === current || !/^\d{4}-\d{2}-\d{2}$/.test(next)) return false;
  return next < today;
}

/** Today as YYYY-MM-DD in this person's own time zone. */
export function localToday(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}
