/** The longest wait between two attempts at one delivery. */
export const MAX_RETRY_DELAY_MS = 10 * 60_000;

/**
 * How long to wait after the `attempts`-th failed attempt: `baseMs`, then twice as long each time, at most ten
 * minutes, give or take a fifth at random so that servers that failed together do not retry together. `random` is
 * in [0, 1).
 */
export function getRetryDelay(attempts: number, baseMs: number, random: number): number {
  const nominal = baseMs * 2 ** Math.min(Math.max(0, attempts - 1), 40);
  return Math.round(Math.min(MAX_RETRY_DELAY_MS, nominal * (0.8 + 0.4 * random)));
}
