import { describe, expect, it } from 'vitest';
import { messageYjsSyncStep1, messageYjsSyncStep2 } from 'y-protocols/sync';
import * as Y from 'yjs';
import { readSyncStep2Update } from './readSyncStep2Update.ts';

function varUint(value: number): number[] {
  const bytes: number[] = [];
  let rest = value;
  while (rest >= 0x80) {
    bytes.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  bytes.push(rest);
  return bytes;
}

function syncMessage(syncType: number, payload: Uint8Array): Uint8Array {
  // message type 0 (sync), then the sync type and the payload as a byte array
  return Uint8Array.from([0, ...varUint(syncType), ...varUint(payload.byteLength), ...payload]);
}

describe('readSyncStep2Update', () => {
  it('finds the update in a sync-step-2 that needs a multi-byte length', () => {
    const doc = new Y.Doc();
    doc.getText('notes').insert(0, 'x'.repeat(300));
    const update = Y.encodeStateAsUpdate(doc);
    const found = readSyncStep2Update(syncMessage(messageYjsSyncStep2, update), 1);
    expect(found).toEqual(update);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, found ?? new Uint8Array());
    expect(copy.getText('notes').length).toBe(300);
  });

  it('ignores other sync messages', () => {
    expect(readSyncStep2Update(syncMessage(messageYjsSyncStep1, Uint8Array.from([0])), 1)).toBeNull();
  });

  it('ignores a truncated message', () => {
    const message = syncMessage(messageYjsSyncStep2, new Uint8Array(200));
    expect(readSyncStep2Update(message.subarray(0, 100), 1)).toBeNull();
  });
});
