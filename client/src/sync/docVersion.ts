import type * as Y from 'yjs';

const versions = new WeakMap<Y.Doc, { count: number }>();

/**
 * A number that changes with every transaction on `doc` from the first call on. A hook that reads the document
 * while rendering compares it in its effect, and reads again only if something changed in between.
 */
export function docVersion(doc: Y.Doc): number {
  let version = versions.get(doc);
  if (!version) {
    const counter = { count: 0 };
    doc.on('afterTransaction', () => {
      counter.count++;
    });
    versions.set(doc, counter);
    version = counter;
  }
  return version.count;
}
