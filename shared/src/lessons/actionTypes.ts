/** What an action does about the risk. */
export const ACTION_TYPES = ['prevent', 'mitigate', 'detect', 'learn', 'accept-risk'] as const;

export type ActionType = (typeof ACTION_TYPES)[number];

export const actionTypeLabels: Record<ActionType, string> = {
  prevent: 'Prevent',
  mitigate: 'Mitigate',
  detect: 'Detect',
  learn: 'Learn',
  'accept-risk': 'Accept the risk',
};

export function isActionType(value: unknown): value is ActionType {
  return typeof value === 'string' && (ACTION_TYPES as readonly string[]).includes(value);
}
