/** A run of rows to render, or the space that stands in for rows that are not rendered. */
export type ListSegment =
  | { readonly kind: 'rows'; readonly from: number; readonly to: number }
  | { readonly kind: 'gap'; readonly key: string; readonly px: number };

/** Where each row starts, from the rows' heights: `offsets[i]` is the top of row i, `offsets[count]` the end. */
export function sumRowOffsets(count: number, heightOf: (index: number) => number): Float64Array {
  const offsets = new Float64Array(count + 1);
  for (let i = 0; i < count; i++) offsets[i + 1] = (offsets[i] ?? 0) + heightOf(i);
  return offsets;
}

/** The first and last row (inclusive) that reach into [top, bottom], in the list's own pixels; null for none. */
export function findRowsInView(
  offsets: Float64Array,
  top: number,
  bottom: number,
): { readonly first: number; readonly last: number } | null {
  const count = offsets.length - 1;
  if (count <= 0 || bottom <= 0 || top >= (offsets[count] ?? 0)) return null;
  const first = Math.max(0, lastStartAtOrBefore(offsets, Math.max(0, top)));
  const last = Math.min(count - 1, Math.max(first, firstStartAtOrAfter(offsets, bottom) - 1));
  return { first, last };
}

/**
 * The rows to render, in order: those in view, plus `pinned` ones (such as the row that holds the keyboard focus)
 * wherever they are, with a gap of the right height for each run of rows in between.
 */
export function planListSegments(
  offsets: Float64Array,
  inView: { readonly first: number; readonly last: number } | null,
  pinned: readonly number[],
): ListSegment[] {
  const count = offsets.length - 1;
  const runs: { from: number; to: number }[] = [];
  if (inView) runs.push({ from: inView.first, to: inView.last });
  for (const index of pinned) if (index >= 0 && index < count) runs.push({ from: index, to: index });
  runs.sort((a, b) => a.from - b.from);
  const segments: ListSegment[] = [];
  let next = 0;
  for (const run of runs) {
    const last = segments[segments.length - 1];
    if (run.from <= next && last?.kind === 'rows') {
      if (run.to >= next) segments[segments.length - 1] = { kind: 'rows', from: last.from, to: run.to };
      next = Math.max(next, run.to + 1);
      continue;
    }
    if (run.from > next) segments.push(gapBetween(offsets, next, run.from));
    segments.push({ kind: 'rows', from: Math.max(run.from, next), to: run.to });
    next = run.to + 1;
  }
  if (next < count) segments.push(gapBetween(offsets, next, count));
  return segments;
}

function gapBetween(offsets: Float64Array, from: number, to: number): ListSegment {
  return { kind: 'gap', key: `gap-${from}`, px: (offsets[to] ?? 0) - (offsets[from] ?? 0) };
}

function lastStartAtOrBefore(offsets: Float64Array, y: number): number {
  let low = 0;
  let high = offsets.length - 2;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((offsets[mid] ?? 0) <= y) low = mid;
    else high = mid - 1;
  }
  return low;
}

function firstStartAtOrAfter(offsets: Float64Array, y: number): number {
  let low = 0;
  let high = offsets.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((offsets[mid] ?? 0) >= y) high = mid;
    else low = mid + 1;
  }
  return low;
}
