import * as Y from 'yjs';
import {
  BOARD_BINDING_TYPES,
  BOARD_RECORD_TYPES,
  BOARD_RECORDS_ROOT,
  BOARD_SHAPE_TYPES,
  type BoardLimits,
  defaultBoardLimits,
} from './boardSchema.ts';

export type BoardCheck = { readonly ok: true } | { readonly ok: false; readonly reason: string };

const accepted: BoardCheck = { ok: true };

/**
 * Applies an update to `doc`, a copy of the board that the caller throws away if the update is refused, and checks
 * what it leaves: only the records root, only plain records of the known tldraw types and shapes, each within its
 * size, and no more records than the limit. Only the records the update touched are read, so a check costs about
 * as much as the update.
 */
export function checkBoardUpdate(doc: Y.Doc, update: Uint8Array, limits: BoardLimits = defaultBoardLimits): BoardCheck {
  const records = doc.getMap<unknown>(BOARD_RECORDS_ROOT);
  const touched = new Set<string>();
  let listContent = false;
  const collect = (event: Y.YMapEvent<unknown>) => {
    for (const key of event.keysChanged) touched.add(key);
    // Content without a key would be a list inside the map, which no record is.
    if (event.changes.delta.length > 0) listContent = true;
  };
  records.observe(collect);
  try {
    Y.applyUpdate(doc, update);
  } catch {
    return { ok: false, reason: 'The change could not be read' };
  } finally {
    records.unobserve(collect);
  }
  // Held back for a change that never came, it could later bring in records nobody checked.
  if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null) {
    return { ok: false, reason: 'The change depends on changes the server does not have' };
  }
  for (const name of doc.share.keys()) {
    if (name !== BOARD_RECORDS_ROOT) return { ok: false, reason: 'The board keeps only its records' };
  }
  if (listContent) return { ok: false, reason: 'The board keeps only its records' };
  for (const key of touched) {
    if (!records.has(key)) continue;
    const check = checkBoardRecord(key, records.get(key), limits);
    if (!check.ok) return check;
  }
  if (touched.size > 0 && records.size > limits.maxRecords) {
    return { ok: false, reason: `A board holds at most ${limits.maxRecords} records` };
  }
  return accepted;
}

/** Checks one record as stored under `key`. */
export function checkBoardRecord(key: string, record: unknown, limits: BoardLimits = defaultBoardLimits): BoardCheck {
  if (typeof record !== 'object' || record === null || Array.isArray(record) || record instanceof Y.AbstractType) {
    return { ok: false, reason: 'A board record must be a plain object' };
  }
  const { id, typeName, type, props } = record as Record<string, unknown>;
  if (id !== key) return { ok: false, reason: 'A board record must be stored under its id' };
  if (typeof typeName !== 'string' || !BOARD_RECORD_TYPES.has(typeName) || !key.startsWith(`${typeName}:`)) {
    return { ok: false, reason: 'The board does not keep that kind of record' };
  }
  if (typeName === 'shape' && (typeof type !== 'string' || !BOARD_SHAPE_TYPES.has(type))) {
    return { ok: false, reason: 'The board does not keep that kind of shape' };
  }
  if (typeName === 'binding' && (typeof type !== 'string' || !BOARD_BINDING_TYPES.has(type))) {
    return { ok: false, reason: 'The board does not keep that kind of connection' };
  }
  let json: string;
  try {
    json = JSON.stringify(record);
  } catch {
    return { ok: false, reason: 'A board record must be plain data' };
  }
  if (json.length > limits.maxRecordChars) return { ok: false, reason: 'That board record is too large' };
  const richText = typeof props === 'object' && props !== null ? (props as { richText?: unknown }).richText : undefined;
  if (richText !== undefined && JSON.stringify(richText).length > limits.maxRichTextChars) {
    return { ok: false, reason: 'The text of that shape is too long' };
  }
  return accepted;
}
