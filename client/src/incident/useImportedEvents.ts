import { readImportedEvents } from '@debrief/shared';
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { onDocChange } from '../sync/onDocChange.ts';

/** The events the server added from outside tools, from the control document, kept up to date. */
export function useImportedEvents(controlDoc: Y.Doc): ReadonlyMap<string, string> {
  const [imported, setImported] = useState(() => readImportedEvents(controlDoc));
  useEffect(() => {
    setImported(readImportedEvents(controlDoc));
    const onUpdate = () => {
      const next = readImportedEvents(controlDoc);
      setImported((previous) => (sameMarks(previous, next) ? previous : next));
    };
    return onDocChange(controlDoc, onUpdate);
  }, [controlDoc]);
  return imported;
}

function sameMarks(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, source] of a) if (b.get(id) !== source) return false;
  return true;
}
