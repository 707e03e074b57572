import { describe, expect, it } from 'vitest';
import { type OpenActionRow, startOverdueReminders } from './startOverdueReminders.ts';
import type { WebhookEvent } from './WebhookEvent.ts';

const row: OpenActionRow = {
  meetingId: 'meeting-1234',
  meetingTitle: 'Checkout outage',
  severity: 'SEV2',
  actionId: 'a1',
  title: 'Add a canary to the failover',
  owner: 'Ana',
  dueDate: '2026-12-01',
  status: 'open',
};

async function remind(rows: readonly OpenActionRow[], today: string): Promise<WebhookEvent[]> {
  const sent: WebhookEvent[] = [];
  const reminders = startOverdueReminders({
    listOpenActions: async () => rows,
    notify: async (event) => {
      sent.push(event);
      return true;
    },
    now: () => Date.parse(`${today}T12:00:00Z`),
  });
  // The first check runs at start; stopping waits for it.
  await reminders.stop();
  return sent;
}

describe('startOverdueReminders', () => {
  it('reminds of an action from the day after its due date', async () => {
    expect(await remind([row], '2026-12-01')).toEqual([]);
    expect(await remind([row], '2026-12-02')).toContainEqual({
      kind: 'actionOverdue',
      meeting: { id: 'meeting-1234', title: 'Checkout outage', severity: 'SEV2' },
      action: { id: 'a1', title: 'Add a canary to the failover', owner: 'Ana', dueDate: '2026-12-01' },
      url: '/actions',
    });
  });

  it('passes over actions without a due date and actions that are finished with', async () => {
    const rows: OpenActionRow[] = [
      { ...row, actionId: 'none', dueDate: null },
      { ...row, actionId: 'done', status: 'done' },
      { ...row, actionId: 'wont', status: 'wont-do' },
      { ...row, actionId: 'going', status: 'in-progress' },
    ];
    const sent = await remind(rows, '2026-12-05');
    expect(sent.map((event) => (event.kind === 'actionOverdue' ? event.action.id : null))).toEqual(['going']);
  });

  it('keeps checking after the list of actions cannot be read', async () => {
    let calls = 0;
    const reminders = startOverdueReminders({
      listOpenActions: async () => {
        calls++;
        throw new Error('the library is not reachable');
      },
      notify: async () => true,
    });
    await reminders.check();
    await reminders.stop();
    expect(calls).toBe(2);
  });
});
