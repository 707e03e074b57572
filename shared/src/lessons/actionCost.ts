/** T-shirt sizes for a quick estimate. */
export const ACTION_SIZES = ['S', 'M', 'L'] as const;

export type ActionSize = (typeof ACTION_SIZES)[number];

/** The hours each size stands for when weighing actions against the incident's cost. */
export const ACTION_SIZE_HOURS: Readonly<Record<ActionSize, number>> = { S: 4, M: 16, L: 40 };

export const MAX_ACTION_HOURS = 10_000;

/** An action's estimated cost: hours, or a size mapped to hours by `ACTION_SIZE_HOURS`. */
export type ActionCost =
  | { readonly unit: 'hours'; readonly hours: number }
  | { readonly unit: 'size'; readonly size: ActionSize };

export function isActionCost(value: unknown): value is ActionCost {
  if (typeof value !== 'object' || value === null) return false;
  const cost = value as Record<string, unknown>;
  if (cost.unit === 'size') return (ACTION_SIZES as readonly unknown[]).includes(cost.size);
  return (
    cost.unit === 'hours' &&
    typeof cost.hours === 'number' &&
    Number.isFinite(cost.hours) &&
    cost.hours > 0 &&
    cost.hours <= MAX_ACTION_HOURS
  );
}

/** The cost in hours; null when not estimated. */
export function actionCostHours(cost: ActionCost | null): number | null {
  if (cost === null) return null;
  return cost.unit === 'hours' ? cost.hours : ACTION_SIZE_HOURS[cost.size];
}

/** A copy holding only the cost's own fields, fit to store. */
export function copyActionCost(cost: ActionCost): ActionCost {
  return cost.unit === 'hours' ? { unit: 'hours', hours: cost.hours } : { unit: 'size', size: cost.size };
}
