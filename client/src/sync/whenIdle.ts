/** Runs `callback` when the page is idle, but within `deadlineMs`; returns a function that cancels it. */
export function whenIdle(callback: () => void, deadlineMs: number): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(callback, { timeout: deadlineMs });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = setTimeout(callback, 200);
  return () => clearTimeout(timer);
}
