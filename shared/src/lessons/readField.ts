import * as Y from 'yjs';

/** Typed reads of one record's fields, tolerating missing or mistyped values written by other versions. */

export function getRecord(records: Y.Map<unknown>, id: string): Y.Map<unknown> | null {
  const record = records.get(id);
  return record instanceof Y.Map ? record : null;
}

export function readString(record: Y.Map<unknown>, key: string): string {
  const value = record.get(key);
  return typeof value === 'string' ? value : '';
}

export function readNullableString(record: Y.Map<unknown>, key: string): string | null {
  const value = record.get(key);
  return typeof value === 'string' ? value : null;
}

export function readNumber(record: Y.Map<unknown>, key: string): number {
  const value = record.get(key);
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

export function readBoolean(record: Y.Map<unknown>, key: string): boolean {
  return record.get(key) === true;
}

export function getTextField(record: Y.Map<unknown>, key: string): Y.Text | null {
  const value = record.get(key);
  return value instanceof Y.Text ? value : null;
}

export function readTextField(record: Y.Map<unknown>, key: string): string {
  return getTextField(record, key)?.toString() ?? '';
}
