import { readCpuMs } from '../servers/readCpuMs.ts';
import { sleep } from './timing.ts';

/**
 * Waits until the processes together use under `busyFraction` of one core over `windowMs`, e.g. once a join storm
 * (every new client announcing itself to every other one) has been dealt with. Resolves false on `timeoutMs`.
 */
export async function waitForQuiet(
  pids: readonly number[],
  { windowMs = 300, busyFraction = 0.15, timeoutMs = 15_000 } = {},
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  const total = () => pids.reduce((sum, pid) => sum + readCpuMs(pid), 0);
  let before = total();
  while (Date.now() < deadline) {
    await sleep(windowMs);
    const now = total();
    if (now - before <= windowMs * busyFraction) return true;
    before = now;
  }
  return false;
}

/** Share of one core the processes used together over `windowMs`. */
export async function measureBusyFraction(pids: readonly number[], windowMs = 500): Promise<number> {
  const total = () => pids.reduce((sum, pid) => sum + readCpuMs(pid), 0);
  const before = total();
  await sleep(windowMs);
  return (total() - before) / windowMs;
}
