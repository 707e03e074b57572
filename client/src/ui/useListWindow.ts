import { type FocusEvent, type RefObject, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { findRowsInView, type ListSegment, planListSegments, sumRowOffsets } from './planListWindow.ts';

/** Rows this far above and below the screen are rendered too, so that scrolling and tabbing find them ready. */
const OVERSCAN_PX = 900;
/** What a row is taken to measure until it has been rendered once (and no row has been measured yet). */
const FIRST_GUESS_PX = 140;

export interface ListWindow {
  /** What to render, in order; null when every row is rendered. */
  readonly segments: readonly ListSegment[] | null;
  /** For the list element: keeps the row that holds the keyboard focus rendered, wherever it scrolls. */
  readonly onFocus: (event: FocusEvent<HTMLElement>) => void;
  readonly onBlur: (event: FocusEvent<HTMLElement>) => void;
}

/**
 * Renders only the rows of a long list that are on screen or near it, with gaps of the right height for the
 * others, so that a change anywhere costs the browser the few rows it shows rather than thousands. Each row must
 * render exactly one element, a direct child of `listRef`'s element; gaps are `<li data-list-gap>`. Row heights are
 * measured as rows render (and whenever they change size); rows never rendered are taken to be the average.
 */
export function useListWindow(
  listRef: RefObject<HTMLElement | null>,
  keys: readonly string[],
  enabled: boolean,
): ListWindow {
  const heights = useRef(new Map<string, number>());
  const measuredTotal = useRef({ sum: 0, count: 0 });
  const [heightsVersion, setHeightsVersion] = useState(0);
  const [view, setView] = useState(() => ({ top: 0, bottom: initialViewHeight() }));
  const [focusedKey, setFocusedKey] = useState<string | null>(null);

  const offsets = useMemo(() => {
    void heightsVersion;
    const { sum, count } = measuredTotal.current;
    const guess = count > 0 ? sum / count : FIRST_GUESS_PX;
    const known = heights.current;
    return sumRowOffsets(keys.length, (index) => known.get(keys[index] ?? '') ?? guess);
  }, [keys, heightsVersion]);

  const inView = findRowsInView(offsets, view.top - OVERSCAN_PX, view.bottom + OVERSCAN_PX);
  const focusedIndex = focusedKey === null ? -1 : keys.indexOf(focusedKey);
  const first = inView?.first ?? -1;
  const last = inView?.last ?? -1;
  const segments = useMemo(
    () =>
      enabled
        ? planListSegments(offsets, first < 0 ? null : { first, last }, focusedIndex < 0 ? [] : [focusedIndex])
        : null,
    [enabled, offsets, first, last, focusedIndex],
  );
  const renderedKeys = useMemo(() => {
    if (!segments) return [];
    const shown: string[] = [];
    for (const segment of segments) {
      if (segment.kind === 'rows') for (let i = segment.from; i <= segment.to; i++) shown.push(keys[i] ?? '');
    }
    return shown;
  }, [segments, keys]);

  // Where the screen is, in the list's own pixels: read before the first paint, then when anything scrolls or the
  // window changes size.
  useLayoutEffect(() => {
    if (!enabled) return;
    let frame = 0;
    const read = () => {
      frame = 0;
      const list = listRef.current;
      if (!list) return;
      const top = -list.getBoundingClientRect().top;
      const bottom = top + window.innerHeight;
      // Moves of less than a quarter of the overscan change nothing worth a render.
      setView((current) =>
        Math.abs(current.top - top) < OVERSCAN_PX / 4 && Math.abs(current.bottom - bottom) < OVERSCAN_PX / 4
          ? current
          : { top, bottom },
      );
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(read);
    };
    read();
    document.addEventListener('scroll', schedule, { capture: true, passive: true });
    window.addEventListener('resize', schedule, { passive: true });
    return () => {
      if (frame !== 0) cancelAnimationFrame(frame);
      document.removeEventListener('scroll', schedule, { capture: true });
      window.removeEventListener('resize', schedule);
    };
  }, [enabled, listRef]);

  // Rows are measured as they render and whenever they change size (a panel opens, text wraps).
  const observer = useRef<ResizeObserver | null>(null);
  const keyOf = useRef(new WeakMap<Element, string>());
  useLayoutEffect(() => {
    if (!enabled || typeof ResizeObserver === 'undefined') return;
    const sizes = new ResizeObserver((entries) => {
      let changed = false;
      for (const entry of entries) {
        const key = keyOf.current.get(entry.target);
        const px = entry.borderBoxSize[0]?.blockSize ?? entry.target.getBoundingClientRect().height;
        if (key === undefined || !entry.target.isConnected) continue;
        const before = heights.current.get(key);
        if (before !== undefined && Math.abs(before - px) < 1) continue;
        heights.current.set(key, px);
        measuredTotal.current.sum += px - (before ?? 0);
        if (before === undefined) measuredTotal.current.count++;
        changed = true;
      }
      if (changed) setHeightsVersion((version) => version + 1);
    });
    observer.current = sizes;
    return () => {
      sizes.disconnect();
      observer.current = null;
    };
  }, [enabled]);
  const observed = useRef(new Set<Element>());
  useLayoutEffect(() => {
    const sizes = observer.current;
    const list = listRef.current;
    if (!sizes || !list || !segments) return;
    const now = new Set<Element>();
    let next = 0;
    for (const child of list.children) {
      if (child.hasAttribute('data-list-gap')) continue;
      const key = renderedKeys[next++];
      if (key === undefined) break;
      keyOf.current.set(child, key);
      now.add(child);
      if (!observed.current.has(child)) sizes.observe(child);
    }
    for (const element of observed.current) if (!now.has(element)) sizes.unobserve(element);
    observed.current = now;
  });

  const renderedKeysRef = useRef(renderedKeys);
  renderedKeysRef.current = renderedKeys;
  const onFocus = useCallback((event: FocusEvent<HTMLElement>) => {
    const index = indexOfChildHolding(event.currentTarget, event.target);
    if (index >= 0) setFocusedKey(renderedKeysRef.current[index] ?? null);
  }, []);
  const onBlur = useCallback((event: FocusEvent<HTMLElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocusedKey(null);
  }, []);

  return { segments, onFocus, onBlur };
}

/** Which rendered row (gaps not counted) holds `target`; -1 for none. */
function indexOfChildHolding(list: HTMLElement, target: EventTarget): number {
  let index = 0;
  for (const child of list.children) {
    if (child.hasAttribute('data-list-gap')) continue;
    if (child.contains(target as Node)) return index;
    index++;
  }
  return -1;
}

function initialViewHeight(): number {
  return typeof window === 'undefined' ? 1000 : window.innerHeight;
}
