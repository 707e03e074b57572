/** Runs tasks for the same key one after another (e.g. per meeting), and tasks for different keys side by side. */
export function createSerialiser() {
  const queues = new Map<string, Promise<unknown>>();
  return function serialise<T>(key: string, task: () => Promise<T>): Promise<T> {
    const result = (queues.get(key) ?? Promise.resolve()).then(task);
    const tail = result.catch(() => undefined);
    queues.set(key, tail);
    void tail.then(() => {
      if (queues.get(key) === tail) queues.delete(key);
    });
    return result;
  };
}
