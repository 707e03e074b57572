import type { Migration } from './Migration.ts';
import { m001InitialSchema } from './m001InitialSchema.ts';
import { m002IncidentFactTexts } from './m002IncidentFactTexts.ts';
import { m003PrivateCheckOutRatings } from './m003PrivateCheckOutRatings.ts';
import { m004ServerFactsOutOfContent } from './m004ServerFactsOutOfContent.ts';

/** Every migration, in order; the last one's version is DOC_SCHEMA_VERSION. */
export const migrations: readonly Migration[] = [
  m001InitialSchema,
  m002IncidentFactTexts,
  m003PrivateCheckOutRatings,
  m004ServerFactsOutOfContent,
];
