/** A fixed-window counter per key: `limit` hits per `windowMs`. */
export function createRateLimiter(limit: number, windowMs: number, now: () => number = Date.now) {
  const windows = new Map<string, { start: number; count: number }>();
  return function isAllowed(key: string): boolean {
    const time = now();
    const window = windows.get(key);
    if (!window || time - window.start >= windowMs) {
      if (windows.size > 10_000) {
        for (const [k, w] of windows) if (time - w.start >= windowMs) windows.delete(k);
      }
      windows.set(key, { start: time, count: 1 });
      return true;
    }
    window.count++;
    return window.count <= limit;
  };
}
