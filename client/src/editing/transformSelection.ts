/** One change to a text, as a Y.Text event's delta describes it. */
export type TextDelta = ReadonlyArray<{ insert?: unknown; retain?: number; delete?: number }>;

/** Where a caret at `index` ends up after `delta` is applied; text inserted at the caret goes after it. */
export function transformIndex(index: number, delta: TextDelta): number {
  let oldPos = 0;
  let result = index;
  for (const op of delta) {
    if (op.retain !== undefined) {
      oldPos += op.retain;
    } else if (op.insert !== undefined) {
      const length = typeof op.insert === 'string' ? op.insert.length : 1;
      if (oldPos < index) result += length;
    } else if (op.delete !== undefined) {
      if (oldPos < index) result -= Math.min(op.delete, index - oldPos);
      oldPos += op.delete;
    }
    if (oldPos >= index && op.insert === undefined) break;
  }
  return result;
}
