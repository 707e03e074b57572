import * as decoding from 'lib0/decoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { answerFromStored } from './answerFromStored.ts';
import { encodeSyncStep1 } from './encodeMessages.ts';

/** The update inside a sync step 2 message. */
function readAnswer(message: Uint8Array): Uint8Array {
  const decoder = decoding.createDecoder(message);
  expect(decoding.readVarUint(decoder)).toBe(0);
  expect(decoding.readVarUint(decoder)).toBe(1);
  return decoding.readVarUint8Array(decoder);
}

function storedMeeting() {
  const doc = new Y.Doc();
  doc.getText('notes').insert(0, 'The replica lagged');
  const snapshot = Y.encodeStateAsUpdate(doc);
  const before = Y.encodeStateVector(doc);
  doc.getText('notes').insert(18, ' for 14 minutes');
  const update = Y.encodeStateAsUpdate(doc, before);
  return { doc, stored: { snapshot, updates: [update], lastSeq: 1 } };
}

describe('answerFromStored', () => {
  it('answers a request for the whole document with the snapshot and the updates after it', () => {
    const { doc, stored } = storedMeeting();
    const answer = answerFromStored(encodeSyncStep1(new Y.Doc()), stored);
    const client = new Y.Doc();
    Y.applyUpdate(client, readAnswer(answer?.message ?? new Uint8Array()));
    expect(client.getText('notes').toString()).toBe('The replica lagged for 14 minutes');
    expect(answer?.stateVector()).toEqual(Y.encodeStateVector(doc));
  });

  it('sends a client only what it lacks', () => {
    const { stored } = storedMeeting();
    const client = new Y.Doc();
    Y.applyUpdate(client, stored.snapshot);
    const answer = answerFromStored(encodeSyncStep1(client), stored);
    const missing = readAnswer(answer?.message ?? new Uint8Array());
    expect(missing.byteLength).toBeLessThan(stored.snapshot.byteLength);
    Y.applyUpdate(client, missing);
    expect(client.getText('notes').toString()).toBe('The replica lagged for 14 minutes');
  });

  it('leaves anything but a sync request, and an unreadable store, to the room', () => {
    const { stored } = storedMeeting();
    expect(answerFromStored(Uint8Array.from([1, 0]), stored)).toBeNull();
    expect(answerFromStored(Uint8Array.from([0, 2, 0]), stored)).toBeNull();
    expect(answerFromStored(Uint8Array.from([0, 0, 9]), stored)).toBeNull();
    const broken = { snapshot: Uint8Array.from([9, 9, 9]), updates: [Uint8Array.from([1])], lastSeq: 1 };
    expect(answerFromStored(encodeSyncStep1(new Y.Doc()), broken)).toBeNull();
  });

  it('sends a single stored copy as it is, and reads it for its state vector only when asked', () => {
    const doc = new Y.Doc();
    doc.getText('notes').insert(0, 'Failover took 12 minutes');
    const snapshot = Y.encodeStateAsUpdate(doc);
    const answer = answerFromStored(encodeSyncStep1(new Y.Doc()), { snapshot, updates: [], lastSeq: 0 });
    expect(readAnswer(answer?.message ?? new Uint8Array())).toEqual(snapshot);
    expect(answer?.stateVector()).toEqual(Y.encodeStateVector(doc));
    // The store's own bytes are not read before they are sent; if they cannot be read, the room answers instead.
    const unreadable = answerFromStored(encodeSyncStep1(new Y.Doc()), {
      snapshot: Uint8Array.from([9, 9, 9]),
      updates: [],
      lastSeq: 0,
    });
    expect(unreadable?.stateVector()).toBeNull();
  });
});
