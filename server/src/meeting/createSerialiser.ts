import type { DocumentLocks } from '../cluster/DocumentLocks.ts';

/**
 * Runs tasks for the same key one after another (e.g. per meeting), and tasks for different keys side by side. With
 * shared locks, one after another across every instance, under the key prefixed by `scope`.
 */
export function createSerialiser(locks: DocumentLocks | null = null, scope = '') {
  const queues = new Map<string, Promise<unknown>>();
  return function serialise<T>(key: string, task: () => Promise<T>): Promise<T> {
    const run = locks ? () => locks.run(`${scope}:${key}`, task) : task;
    const result = (queues.get(key) ?? Promise.resolve()).then(run);
    const tail = result.catch(() => undefined);
    queues.set(key, tail);
    void tail.then(() => {
      if (queues.get(key) === tail) queues.delete(key);
    });
    return result;
  };
}
