import type { Stores } from '@debrief/server';

/** A database of the backend under test, fresh and empty, with the stores of one or two server instances on it. */
export interface TestDatabase {
  readonly stores: Stores;
  /**
   * A second server instance's stores on the same database. Where the backend serves one instance only (SQLite),
   * the same stores again.
   */
  readonly otherInstance: Stores;
  /** Builds the stores on this database once more, as a restarted instance does, migrations and all. */
  reopen(): Promise<Stores>;
  /** Closes every instance's stores and connections on this database. */
  close(): Promise<void>;
}

/** What the conformance suite needs of a backend. */
export interface StoreBackend {
  readonly name: string;
  /** Whether several server instances may share one database, so that races between them are tested. */
  readonly sharedByInstances: boolean;
  start(): Promise<void>;
  stop(): Promise<void>;
  openDatabase(): Promise<TestDatabase>;
}
