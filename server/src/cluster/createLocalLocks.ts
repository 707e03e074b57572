import { createSerialiser } from '../meeting/createSerialiser.ts';
import type { DocumentLocks } from './DocumentLocks.ts';

/** Locks for one instance on its own: tasks for a key queue in memory. */
export function createLocalLocks(): DocumentLocks {
  const serialise = createSerialiser();
  return { run: serialise, close: async () => undefined };
}
