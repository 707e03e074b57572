import type * as Y from 'yjs';
import { SEVERITIES, type Severity } from '../protocol/httpApi.ts';
import { getMetaMap, MetaKey } from './docSchema.ts';

export interface MeetingMeta {
  readonly title: string;
  readonly incidentSummary: string;
  /** ISO 8601 date and time, or null when not known yet. */
  readonly occurredAt: string | null;
  readonly severity: Severity;
  readonly createdAt: number;
}

export function writeMeetingMeta(doc: Y.Doc, meta: MeetingMeta): void {
  const map = getMetaMap(doc);
  doc.transact(() => {
    map.set(MetaKey.title, meta.title);
    map.set(MetaKey.incidentSummary, meta.incidentSummary);
    map.set(MetaKey.occurredAt, meta.occurredAt);
    map.set(MetaKey.severity, meta.severity);
    map.set(MetaKey.createdAt, meta.createdAt);
  });
}

export function readMeetingMeta(doc: Y.Doc): MeetingMeta {
  const map = getMetaMap(doc);
  const title = map.get(MetaKey.title);
  const summary = map.get(MetaKey.incidentSummary);
  const occurredAt = map.get(MetaKey.occurredAt);
  const severity = map.get(MetaKey.severity);
  const createdAt = map.get(MetaKey.createdAt);
  return {
    title: typeof title === 'string' ? title : '',
    incidentSummary: typeof summary === 'string' ? summary : '',
    occurredAt: typeof occurredAt === 'string' ? occurredAt : null,
    severity: SEVERITIES.includes(severity as Severity) ? (severity as Severity) : 'SEV3',
    createdAt: typeof createdAt === 'number' ? createdAt : 0,
  };
}
