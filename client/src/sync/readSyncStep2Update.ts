import { messageYjsSyncStep2 } from 'y-protocols/sync';

/**
 * The Yjs update in a sync message (the part after the message type), if it is a sync-step-2, without copying
 * it; null for any other sync message or a truncated one. The layout is y-protocols': a variable-length
 * unsigned sync type, then the update as a variable-length byte array.
 */
export function readSyncStep2Update(bytes: Uint8Array, start: number): Uint8Array | null {
  const type = readVarUint(bytes, start);
  if (type === null || type.value !== messageYjsSyncStep2) return null;
  const length = readVarUint(bytes, type.next);
  if (length === null || length.next + length.value > bytes.byteLength) return null;
  return bytes.subarray(length.next, length.next + length.value);
}

function readVarUint(bytes: Uint8Array, start: number): { value: number; next: number } | null {
  let value = 0;
  let multiplier = 1;
  for (let index = start; index < bytes.byteLength && index < start + 8; index++) {
    const byte = bytes[index] ?? 0;
    value += (byte & 0x7f) * multiplier;
    if (byte < 0x80) return { value, next: index + 1 };
    multiplier *= 128;
  }
  return null;
}
