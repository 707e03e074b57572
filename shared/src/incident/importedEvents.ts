import type * as Y from 'yjs';
import { ControlRoot, getControlRootMap } from '../doc/docSchema.ts';

/**
 * Marks timeline events as added by the server from an outside tool ('Alertmanager', 'Grafana'). The marks live in
 * the control document, which only the server writes, so "imported" on an event is never something a client typed.
 */
export function markImportedEvents(controlDoc: Y.Doc, sources: ReadonlyMap<string, string>): void {
  if (sources.size === 0) return;
  const marks = getControlRootMap<string>(controlDoc, ControlRoot.importedEvents);
  controlDoc.transact(() => {
    for (const [eventId, source] of sources) marks.set(eventId, source);
  });
}

/** Which tool each imported event came from, by event id. */
export function readImportedEvents(controlDoc: Y.Doc): ReadonlyMap<string, string> {
  const marks = getControlRootMap<unknown>(controlDoc, ControlRoot.importedEvents);
  const sources = new Map<string, string>();
  for (const [eventId, source] of marks) if (typeof source === 'string') sources.set(eventId, source);
  return sources;
}
