/** Where an action stands; it is tracked after the meeting. */
export const ACTION_STATUSES = ['open', 'in-progress', 'done', 'wont-do'] as const;

export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const actionStatusLabels: Record<ActionStatus, string> = {
  open: 'Open',
  'in-progress': 'In progress',
  done: 'Done',
  'wont-do': 'Won’t do',
};

export function isActionStatus(value: unknown): value is ActionStatus {
  return typeof value === 'string' && (ACTION_STATUSES as readonly string[]).includes(value);
}
