import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CloseCode } from '@debrief/shared';
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createMetrics } from '../metrics/createMetrics.ts';
import { createSqliteRoomStore } from '../persistence/createSqliteRoomStore.ts';
import { openSqliteDatabase } from '../persistence/openSqliteDatabase.ts';
import { Room } from './Room.ts';
import type { SharedMessage, SyncConnection } from './SyncConnection.ts';

const dirs: string[] = [];

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function openStore() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'debrief-room-'));
  dirs.push(dir);
  const db = openSqliteDatabase(dir);
  return { db, store: createSqliteRoomStore(db) };
}

interface TestConnection extends SyncConnection {
  readonly closedWith: number[];
}

function testConnection(sendShared: (message: SharedMessage) => void = () => undefined): TestConnection {
  const closedWith: number[] = [];
  return {
    canWrite: true,
    presence: null,
    send: () => undefined,
    sendShared,
    close: (code) => closedWith.push(code),
    closedWith,
  };
}

function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

describe('Room', () => {
  it('closes every connection, and keeps the update, when sending it on fails unexpectedly', async () => {
    const { db, store } = openStore();
    const room = await Room.load('meeting', store, createMetrics());
    const writer = testConnection();
    const broken = testConnection(() => {
      throw new Error('socket exploded');
    });
    room.addConnection(writer);
    room.addConnection(broken);
    const source = new Y.Doc();
    source.getText('notes').insert(0, 'kept');
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      room.handleMessage(writer, updateMessage(Y.encodeStateAsUpdate(source)));
      await room.settle();
    } finally {
      console.error = original;
    }
    expect(errors).toHaveLength(1);
    expect(writer.closedWith).toEqual([CloseCode.storageFailed]);
    expect(broken.closedWith).toEqual([CloseCode.storageFailed]);
    const stored = await store.load('meeting');
    const reloaded = new Y.Doc();
    for (const update of stored.updates) Y.applyUpdate(reloaded, update);
    expect(reloaded.getText('notes').toString()).toBe('kept');
    room.removeConnection(writer);
    room.removeConnection(broken);
    room.destroy();
    db.close();
  });
});
