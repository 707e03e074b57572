import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { onDocChange } from '../sync/onDocChange.ts';

/**
 * What `read` finds in the document, read again after every change. `read` must be stable (a module-level
 * function or a memoised callback), or the effect re-subscribes on every render.
 */
export function useDocReader<T>(doc: Y.Doc, read: (doc: Y.Doc) => T): T {
  const [value, setValue] = useState(() => read(doc));

  useEffect(() => {
    const update = () => setValue(read(doc));
    update();
    return onDocChange(doc, update);
  }, [doc, read]);

  return value;
}
