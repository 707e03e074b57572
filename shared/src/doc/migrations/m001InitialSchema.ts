import type { Migration } from './Migration.ts';

/** Documents written before versioning carry no schema version; they already match version 1. */
export const m001InitialSchema: Migration = {
  version: 1,
  description: 'Stamp the first schema version on documents that have none',
  migrate() {},
};
