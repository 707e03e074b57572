import type * as Y from 'yjs';
import { getMetaMap, MetaKey } from '../doc/docSchema.ts';
import { isSeverity, SEVERITIES, type Severity } from '../protocol/httpApi.ts';
import { type IncidentWriteResult, refused, written } from './incidentWriteResult.ts';

/** Sets the incident's severity in the meta. */
export function setSeverity(doc: Y.Doc, severity: Severity): IncidentWriteResult {
  if (!isSeverity(severity)) return refused(`Severity must be one of ${SEVERITIES.join(', ')}`);
  const meta = getMetaMap(doc);
  doc.transact(() => {
    if (meta.get(MetaKey.severity) !== severity) meta.set(MetaKey.severity, severity);
  });
  return written;
}
