// Checks shared by the items of the lists people edit together: their ids, their times and their order.

/** Ids are the Y.Map keys of lists people edit together; the app makes them, people never type them. */
export function isItemId(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_.:-]{1,128}$/.test(value);
}

/** Whether `value` can stand for a moment the app recorded (milliseconds since the epoch). */
export function isEpochMs(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Orders ids the same way in every runtime and locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
