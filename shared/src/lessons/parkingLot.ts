import * as Y from 'yjs';
import { ContentRoot, getContentMap } from '../doc/docSchema.ts';
import { replaceText } from '../text/replaceText.ts';
import type { CardAuthor } from './lessonCards.ts';
import { compareByOrder, orderAfterLast } from './orderBetween.ts';
import { getRecord, getTextField, readNullableString, readNumber, readTextField } from './readField.ts';

/** A solution idea raised while still understanding the incident, kept for the actions stage. */
export interface ParkingLotItem {
  readonly id: string;
  readonly text: string;
  readonly authorId: string | null;
  readonly authorName: string | null;
  /** ms since the epoch */
  readonly createdAt: number;
  readonly order: number;
  /** the action made from this idea, once someone has */
  readonly promotedToActionId: string | null;
}

export interface AddParkingLotItemInput {
  readonly id: string;
  readonly text: string;
  readonly author: CardAuthor | null;
  readonly now: number;
  /** defaults to after the last item */
  readonly order?: number;
}

export const ParkingLotField = {
  text: 'text',
  authorId: 'authorId',
  authorName: 'authorName',
  createdAt: 'createdAt',
  order: 'order',
  promotedToActionId: 'promotedToActionId',
} as const;

export function getParkingLotMap(doc: Y.Doc): Y.Map<unknown> {
  return getContentMap(doc, ContentRoot.parkingLot);
}

/** Parks an idea; false when an item with that id already exists. */
export function addParkingLotItem(doc: Y.Doc, input: AddParkingLotItemInput): boolean {
  const items = getParkingLotMap(doc);
  if (items.has(input.id)) return false;
  doc.transact(() => {
    const order = input.order ?? orderAfterLast(readParkingLot(doc).map((item) => item.order));
    const item = new Y.Map<unknown>();
    items.set(input.id, item);
    item.set(ParkingLotField.text, new Y.Text(input.text));
    item.set(ParkingLotField.authorId, input.author?.id ?? null);
    item.set(ParkingLotField.authorName, input.author?.name ?? null);
    item.set(ParkingLotField.createdAt, input.now);
    item.set(ParkingLotField.order, order);
    item.set(ParkingLotField.promotedToActionId, null);
  });
  return true;
}

/** Every parked idea, sorted. */
export function readParkingLot(doc: Y.Doc): ParkingLotItem[] {
  const items = getParkingLotMap(doc);
  const result: ParkingLotItem[] = [];
  for (const id of items.keys()) {
    const item = getRecord(items, id);
    if (!item) continue;
    result.push({
      id,
      text: readTextField(item, ParkingLotField.text),
      authorId: readNullableString(item, ParkingLotField.authorId),
      authorName: readNullableString(item, ParkingLotField.authorName),
      createdAt: readNumber(item, ParkingLotField.createdAt),
      order: readNumber(item, ParkingLotField.order),
      promotedToActionId: readNullableString(item, ParkingLotField.promotedToActionId),
    });
  }
  return result.sort(compareByOrder);
}

/** The idea's text, for binding an editor; null when the item is gone. */
export function getParkingLotText(doc: Y.Doc, id: string): Y.Text | null {
  const item = getRecord(getParkingLotMap(doc), id);
  return item ? getTextField(item, ParkingLotField.text) : null;
}

export function editParkingLotItem(doc: Y.Doc, id: string, text: string): boolean {
  const itemText = getParkingLotText(doc, id);
  if (!itemText) return false;
  replaceText(itemText, text);
  return true;
}

export function moveParkingLotItem(doc: Y.Doc, id: string, order: number): boolean {
  const item = getRecord(getParkingLotMap(doc), id);
  if (!item) return false;
  doc.transact(() => item.set(ParkingLotField.order, order));
  return true;
}

export function deleteParkingLotItem(doc: Y.Doc, id: string): boolean {
  const items = getParkingLotMap(doc);
  if (!items.has(id)) return false;
  doc.transact(() => items.delete(id));
  return true;
}
