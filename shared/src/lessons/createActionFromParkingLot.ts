import type * as Y from 'yjs';
import { addAction, readAction } from './actions.ts';
import { getParkingLotMap, ParkingLotField } from './parkingLot.ts';
import { getRecord, readNullableString, readTextField } from './readField.ts';

export type CreateActionFromParkingLotResult = { ok: true; actionId: string } | { ok: false; message: string };

/**
 * Turns a parked idea into an action titled with its text, in one transaction, and marks the idea as promoted.
 * Refused while the idea's earlier action still exists.
 */
export function createActionFromParkingLot(
  doc: Y.Doc,
  itemId: string,
  action: { readonly actionId: string; readonly now: number },
): CreateActionFromParkingLotResult {
  const item = getRecord(getParkingLotMap(doc), itemId);
  if (!item) return { ok: false, message: 'This idea is no longer in the parking lot' };
  const promoted = readNullableString(item, ParkingLotField.promotedToActionId);
  if (promoted !== null && readAction(doc, promoted)) return { ok: false, message: 'This idea is already an action' };
  let added = false;
  doc.transact(() => {
    added = addAction(doc, {
      id: action.actionId,
      title: readTextField(item, ParkingLotField.text).trim(),
      now: action.now,
    });
    if (added) item.set(ParkingLotField.promotedToActionId, action.actionId);
  });
  if (!added) return { ok: false, message: 'An action with that id already exists' };
  return { ok: true, actionId: action.actionId };
}
