/**
 * A fractional order key between two neighbours (null at either end), so people can reorder a shared
 * list concurrently without moving anyone else's items. Equal keys from concurrent moves are broken by id.
 */
export function orderBetween(before: number | null, after: number | null): number {
  if (before === null && after === null) return 1;
  if (before === null) return (after as number) - 1;
  if (after === null) return before + 1;
  return (before + after) / 2;
}

/** The order key that places an item after every one of `orders`. */
export function orderAfterLast(orders: Iterable<number>): number {
  let last: number | null = null;
  for (const order of orders) if (last === null || order > last) last = order;
  return orderBetween(last, null);
}

/** Sorts by order, then by id, so every replica lists the same items in the same order. */
export function compareByOrder(a: { order: number; id: string }, b: { order: number; id: string }): number {
  if (a.order !== b.order) return a.order - b.order;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
