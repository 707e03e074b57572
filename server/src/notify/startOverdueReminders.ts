import type { ActionStatus, Severity } from '@debrief/shared';
import type { WebhookEvent } from './WebhookEvent.ts';

/** An action not done yet, with its meeting: what overdue reminders are worked out from. */
export interface OpenActionRow {
  readonly meetingId: string;
  readonly meetingTitle: string;
  readonly severity: Severity;
  readonly actionId: string;
  readonly title: string;
  readonly owner: string | null;
  /** YYYY-MM-DD, or null when the action has no due date. */
  readonly dueDate: string | null;
  readonly status: ActionStatus;
}

export interface OverdueReminders {
  /** Checks once more now; resolves when the reminders due are queued. */
  check(): Promise<void>;
  /** Stops checking, after the check under way. */
  stop(): Promise<void>;
}

/** Statuses of an action that is finished with, which is never overdue. */
const settledStatuses: ReadonlySet<ActionStatus> = new Set(['done', 'wont-do']);

/**
 * Checks for actions past their due date at start and every `everyMs` (an hour), and sends each a reminder once
 * per due date: `notify` (the webhook's) remembers which it sent, across restarts, so a check never repeats one.
 * An action is overdue from the day after its due date, in UTC.
 */
export function startOverdueReminders(deps: {
  readonly listOpenActions: () => Promise<readonly OpenActionRow[]>;
  readonly notify: (event: WebhookEvent) => Promise<boolean>;
  readonly everyMs?: number;
  readonly now?: () => number;
}): OverdueReminders {
  const now = deps.now ?? Date.now;
  let running: Promise<void> = Promise.resolve();

  async function checkNow(): Promise<void> {
    try {
      const today = new Date(now()).toISOString().slice(0, 10);
      for (const row of await deps.listOpenActions()) {
        if (row.dueDate === null || !isDate(row.dueDate) || row.dueDate >= today) continue;
        if (settledStatuses.has(row.status)) continue;
        await deps.notify({
          kind: 'actionOverdue',
          meeting: { id: row.meetingId, title: row.meetingTitle, severity: row.severity },
          action: { id: row.actionId, title: row.title, owner: row.owner, dueDate: row.dueDate },
          url: '/actions',
        });
      }
    } catch (error) {
      console.error('Could not check for overdue actions:', error);
    }
  }

  function check(): Promise<void> {
    running = running.then(checkNow);
    return running;
  }

  void check();
  const timer = setInterval(() => void check(), deps.everyMs ?? 60 * 60_000);
  timer.unref();
  return {
    check,
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

function isDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text);
}
