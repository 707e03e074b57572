import * as Y from 'yjs';

/** Every update `doc` receives from now on, as it arrived. */
export function recordUpdates(doc: Y.Doc): Uint8Array[] {
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  return updates;
}

/** One value an update inserts: the map key it is set under (null in a list or text) and the value. */
export interface InsertedValue {
  readonly key: string | null;
  readonly value: unknown;
}

/** Every value an update inserts, read from the encoded update itself rather than from a document. */
export function readInsertedValues(update: Uint8Array): InsertedValue[] {
  const values: InsertedValue[] = [];
  for (const struct of Y.decodeUpdate(update).structs) {
    if (!(struct instanceof Y.Item)) continue;
    for (const value of struct.content.getContent()) values.push({ key: struct.parentSub, value });
  }
  return values;
}

/** Whether a plain value (JSON-like, as a Y.Map entry holds), or anything inside it, has `key` as a property. */
export function hasKeyDeep(value: unknown, key: string): boolean {
  if (Array.isArray(value)) return value.some((item) => hasKeyDeep(item, key));
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.entries(value).some(([name, inner]) => name === key || hasKeyDeep(inner, key));
}
