import type * as Y from 'yjs';
import { DOC_SCHEMA_VERSION } from '../docSchema.ts';
import type { Migration } from './Migration.ts';
import { migrations as allMigrations } from './migrations.ts';

export interface MigrationResult {
  readonly from: number;
  readonly to: number;
}

/**
 * Brings a content document from version `from` (which the server keeps, never the document) up to `target`,
 * one migration at a time, in one transaction. A document newer than this code is left alone.
 */
export function migrateDocument(
  doc: Y.Doc,
  from: number,
  migrations: readonly Migration[] = allMigrations,
  target = DOC_SCHEMA_VERSION,
): MigrationResult {
  if (from >= target) return { from, to: from };
  doc.transact(() => {
    for (const migration of migrations) {
      if (migration.version > from && migration.version <= target) migration.migrate(doc);
    }
  });
  return { from, to: target };
}
