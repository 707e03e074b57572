import { type ContentRoot, getContentMap } from '@debrief/shared';
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';

/** A root map of the content document (the two root texts are bound to editors instead). */
export type ContentMapRoot = Exclude<ContentRoot, typeof ContentRoot.notes | typeof ContentRoot.summary>;

/**
 * A value read from the content document, read again after every change under `roots` only, so typing in
 * the summary or the notes does not redraw the whole board. `read` must be stable (a module-level function).
 */
export function useContentValue<T>(doc: Y.Doc, roots: readonly ContentMapRoot[], read: (doc: Y.Doc) => T): T {
  const [value, setValue] = useState(() => read(doc));
  const rootsKey = roots.join(' ');

  useEffect(() => {
    const maps = rootsKey.split(' ').map((root) => getContentMap(doc, root as ContentMapRoot));
    const update = () => setValue(read(doc));
    update();
    for (const map of maps) map.observeDeep(update);
    return () => {
      for (const map of maps) map.unobserveDeep(update);
    };
  }, [doc, rootsKey, read]);

  return value;
}
