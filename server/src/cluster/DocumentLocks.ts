/**
 * Runs tasks for one key one at a time: across every instance of the server when they share a lock, so that what
 * only the server writes (the agenda, tallies, counts) has one writer at a time however many instances there are.
 */
export interface DocumentLocks {
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Keys of the locks the sync code takes around the server's own changes to one document. */
export const DOCUMENT_LOCK_PREFIX = 'document:';
