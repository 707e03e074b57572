import { describe, expect, it } from 'vitest';
import { getNoticeMemory } from './getNoticeMemory.ts';
import type { WebhookMeeting } from './WebhookEvent.ts';

const meeting: WebhookMeeting = { id: 'meeting-1234', title: 'Checkout outage', severity: 'SEV2' };

describe('getNoticeMemory', () => {
  it('remembers a schedule under its meeting, by its time, zone and length', () => {
    const schedule = { at: '2026-11-25T09:00:00.000Z', timeZone: 'UTC', durationMinutes: 60 };
    const first = getNoticeMemory({ kind: 'scheduled', meeting, schedule });
    const moved = getNoticeMemory({ kind: 'scheduled', meeting, schedule: { ...schedule, durationMinutes: 90 } });
    expect(first?.key).toBe('scheduled:meeting-1234');
    expect(moved?.key).toBe(first?.key);
    expect(moved?.value).not.toBe(first?.value);
  });

  it('remembers an overdue action once per due date', () => {
    const action = { id: 'a1', title: 'Add a canary', owner: null, dueDate: '2026-12-01' };
    const first = getNoticeMemory({ kind: 'actionOverdue', meeting, action });
    const later = getNoticeMemory({ kind: 'actionOverdue', meeting, action: { ...action, dueDate: '2026-12-08' } });
    expect(first).toEqual(getNoticeMemory({ kind: 'actionOverdue', meeting, action: { ...action, title: 'x' } }));
    expect(later?.key).not.toBe(first?.key);
  });

  it('lets every closing and publication through', () => {
    expect(getNoticeMemory({ kind: 'closed', meeting })).toBeUndefined();
    expect(getNoticeMemory({ kind: 'published', meeting })).toBeUndefined();
  });
});
