import type * as Y from 'yjs';
import { getMetaMap, MetaKey } from '../doc/docSchema.ts';
import { MAX_TITLE_LENGTH } from '../protocol/httpApi.ts';
import { type IncidentWriteResult, refused, written } from './incidentWriteResult.ts';

/** Renames the meeting (the incident's title in the meta), trimmed, with the same rules as creating a meeting. */
export function setMeetingTitle(doc: Y.Doc, title: string): IncidentWriteResult {
  const trimmed = typeof title === 'string' ? title.trim() : '';
  if (trimmed === '') return refused('The title cannot be empty');
  if ([...trimmed].length > MAX_TITLE_LENGTH) return refused(`The title can be at most ${MAX_TITLE_LENGTH} characters`);
  const meta = getMetaMap(doc);
  doc.transact(() => {
    if (meta.get(MetaKey.title) !== trimmed) meta.set(MetaKey.title, trimmed);
  });
  return written;
}
