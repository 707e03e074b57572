import { ensureIncidentFactTexts } from '../../incident/incidentFacts.ts';
import type { Migration } from './Migration.ts';

/**
 * The incident's texts (how we became aware, impact, how it was solved) are Y.Texts created once by the
 * server: two clients creating the same one at once would keep only one of them, and lose typing.
 */
export const m002IncidentFactTexts: Migration = {
  version: 2,
  description: 'Create the incident fact texts people type into together',
  migrate: ensureIncidentFactTexts,
};
