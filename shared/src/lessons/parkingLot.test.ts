import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { deleteAction, readActions } from './actions.ts';
import { createActionFromParkingLot } from './createActionFromParkingLot.ts';
import {
  addParkingLotItem,
  deleteParkingLotItem,
  editParkingLotItem,
  getParkingLotText,
  moveParkingLotItem,
  readParkingLot,
} from './parkingLot.ts';

function docWithIdeas(): Y.Doc {
  const doc = new Y.Doc();
  addParkingLotItem(doc, { id: 'i1', text: 'Alert on replica lag', author: { id: 'p-ana', name: 'Ana' }, now: 10 });
  addParkingLotItem(doc, { id: 'i2', text: 'Game day for failover', author: null, now: 20 });
  return doc;
}

describe('parking lot', () => {
  it('keeps ideas in order, as plain data', () => {
    const doc = docWithIdeas();
    expect(readParkingLot(doc)).toEqual([
      {
        id: 'i1',
        text: 'Alert on replica lag',
        authorId: 'p-ana',
        authorName: 'Ana',
        createdAt: 10,
        order: 1,
        promotedToActionId: null,
      },
      {
        id: 'i2',
        text: 'Game day for failover',
        authorId: null,
        authorName: null,
        createdAt: 20,
        order: 2,
        promotedToActionId: null,
      },
    ]);
    expect(addParkingLotItem(doc, { id: 'i1', text: 'x', author: null, now: 1 })).toBe(false);
  });

  it('edits, reorders and deletes ideas', () => {
    const doc = docWithIdeas();
    expect(editParkingLotItem(doc, 'i1', 'Alert on replica lag over 10 s')).toBe(true);
    expect(getParkingLotText(doc, 'i1')?.toString()).toBe('Alert on replica lag over 10 s');
    expect(moveParkingLotItem(doc, 'i2', 0)).toBe(true);
    expect(readParkingLot(doc).map((item) => item.id)).toEqual(['i2', 'i1']);
    expect(deleteParkingLotItem(doc, 'i2')).toBe(true);
    expect(deleteParkingLotItem(doc, 'i2')).toBe(false);
    expect(editParkingLotItem(doc, 'i2', 'x')).toBe(false);
    expect(moveParkingLotItem(doc, 'i2', 1)).toBe(false);
    expect(getParkingLotText(doc, 'i2')).toBeNull();
  });
});

describe('createActionFromParkingLot', () => {
  it('turns an idea into an action in one update and marks it promoted', () => {
    const doc = docWithIdeas();
    let updates = 0;
    doc.on('update', () => updates++);
    expect(createActionFromParkingLot(doc, 'i1', { actionId: 'a1', now: 99 })).toEqual({ ok: true, actionId: 'a1' });
    expect(updates).toBe(1);
    expect(readActions(doc)).toEqual([
      expect.objectContaining({ id: 'a1', title: 'Alert on replica lag', createdAt: 99, status: 'open', owner: null }),
    ]);
    expect(readParkingLot(doc)[0]?.promotedToActionId).toBe('a1');
  });

  it('refuses twice, but again once that action was deleted', () => {
    const doc = docWithIdeas();
    createActionFromParkingLot(doc, 'i1', { actionId: 'a1', now: 1 });
    expect(createActionFromParkingLot(doc, 'i1', { actionId: 'a2', now: 2 })).toEqual({
      ok: false,
      message: 'This idea is already an action',
    });
    expect(createActionFromParkingLot(doc, 'i2', { actionId: 'a1', now: 2 })).toMatchObject({ ok: false });
    expect(readParkingLot(doc)[1]?.promotedToActionId).toBeNull();
    deleteAction(doc, 'a1');
    expect(createActionFromParkingLot(doc, 'i1', { actionId: 'a3', now: 3 })).toEqual({ ok: true, actionId: 'a3' });
    expect(createActionFromParkingLot(doc, 'gone', { actionId: 'a4', now: 3 })).toMatchObject({
      ok: false,
      message: /no longer/,
    });
  });
});
