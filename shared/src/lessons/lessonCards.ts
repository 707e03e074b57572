import * as Y from 'yjs';
import { replaceText } from '../text/replaceText.ts';
import { CardField, getCardsMap, readGroupPrompts } from './cardFields.ts';
import { byLessonPrompt, isLessonPrompt, type LessonPrompt } from './lessonPrompts.ts';
import { compareByOrder, orderAfterLast } from './orderBetween.ts';
import {
  getRecord,
  getTextField,
  readBoolean,
  readNullableString,
  readNumber,
  readString,
  readTextField,
} from './readField.ts';

export const MAX_CARD_TEXT_LENGTH = 2000;

/** A lesson card as plain data. `authorId` and `authorName` are null on an anonymous card. */
export interface LessonCard {
  readonly id: string;
  readonly prompt: LessonPrompt;
  readonly text: string;
  readonly authorId: string | null;
  readonly authorName: string | null;
  readonly anonymous: boolean;
  /** null when the card is in no group, or its group is gone */
  readonly groupId: string | null;
  readonly order: number;
  /** ms since the epoch */
  readonly createdAt: number;
}

export interface CardAuthor {
  readonly id: string;
  readonly name: string;
}

export interface AddCardInput {
  readonly id: string;
  readonly prompt: LessonPrompt;
  readonly text: string;
  /**
   * null for an anonymous card. Only the server adds those (`POST /api/meetings/<id>/cards`): Yjs stamps every
   * insert with the writer's client id, which would tie a card added by a client to that client's other edits.
   */
  readonly author: CardAuthor | null;
  readonly now: number;
  /** defaults to after the last card of the prompt */
  readonly order?: number;
}

/** Adds a card; false when a card with that id already exists. */
export function addCard(doc: Y.Doc, input: AddCardInput): boolean {
  const cards = getCardsMap(doc);
  if (cards.has(input.id)) return false;
  doc.transact(() => {
    const order = input.order ?? orderAfterLast(readCards(doc)[input.prompt].map((card) => card.order));
    const card = new Y.Map<unknown>();
    cards.set(input.id, card);
    card.set(CardField.prompt, input.prompt);
    card.set(CardField.text, new Y.Text(input.text));
    card.set(CardField.authorId, input.author?.id ?? null);
    card.set(CardField.authorName, input.author?.name ?? null);
    card.set(CardField.anonymous, input.author === null);
    card.set(CardField.groupId, null);
    card.set(CardField.order, order);
    card.set(CardField.createdAt, input.now);
  });
  return true;
}

/** Every card, sorted, per prompt. Cards under a prompt this version does not know are left out. */
export function readCards(doc: Y.Doc): Record<LessonPrompt, LessonCard[]> {
  const result = byLessonPrompt<LessonCard>();
  const groupPrompts = readGroupPrompts(doc);
  for (const id of getCardsMap(doc).keys()) {
    const card = readCardWith(doc, id, groupPrompts);
    if (card) result[card.prompt].push(card);
  }
  for (const cards of Object.values(result)) cards.sort(compareByOrder);
  return result;
}

export function readCard(doc: Y.Doc, id: string): LessonCard | null {
  return readCardWith(doc, id, readGroupPrompts(doc));
}

function readCardWith(doc: Y.Doc, id: string, groupPrompts: ReadonlyMap<string, LessonPrompt>): LessonCard | null {
  const record = getRecord(getCardsMap(doc), id);
  const prompt = record?.get(CardField.prompt);
  if (!record || !isLessonPrompt(prompt)) return null;
  const groupId = readNullableString(record, CardField.groupId);
  return {
    id,
    prompt,
    text: readTextField(record, CardField.text),
    authorId: readNullableString(record, CardField.authorId),
    authorName: readNullableString(record, CardField.authorName),
    anonymous: readBoolean(record, CardField.anonymous),
    // Concurrent moves and groupings can leave a card pointing at a gone group or one under another prompt.
    groupId: groupId !== null && groupPrompts.get(groupId) === prompt ? groupId : null,
    order: readNumber(record, CardField.order),
    createdAt: readNumber(record, CardField.createdAt),
  };
}

/** The ids of every card that still exists, whatever its prompt. */
export function readCardIds(doc: Y.Doc): Set<string> {
  return new Set(getCardsMap(doc).keys());
}

/** The card's text, for binding an editor; null when the card is gone. */
export function getCardText(doc: Y.Doc, id: string): Y.Text | null {
  const record = getRecord(getCardsMap(doc), id);
  return record ? getTextField(record, CardField.text) : null;
}

/** Replaces the card's text, touching only the span that changed; false when the card is gone. */
export function editCard(doc: Y.Doc, id: string, text: string): boolean {
  const cardText = getCardText(doc, id);
  if (!cardText) return false;
  replaceText(cardText, text);
  return true;
}

/** Moves a card within its prompt or to another one (leaving its group); false when the card is gone. */
export function moveCard(
  doc: Y.Doc,
  id: string,
  to: { readonly prompt?: LessonPrompt; readonly order?: number },
): boolean {
  const record = getRecord(getCardsMap(doc), id);
  if (!record) return false;
  doc.transact(() => {
    const prompt = to.prompt ?? readString(record, CardField.prompt);
    const changesPrompt = to.prompt !== undefined && to.prompt !== record.get(CardField.prompt);
    if (changesPrompt) {
      record.set(CardField.prompt, prompt);
      record.set(CardField.groupId, null);
    }
    if (to.order !== undefined) record.set(CardField.order, to.order);
    else if (changesPrompt && isLessonPrompt(prompt)) {
      const others = readCards(doc)[prompt].filter((card) => card.id !== id);
      record.set(CardField.order, orderAfterLast(others.map((card) => card.order)));
    }
  });
  return true;
}

/** Deletes a card; false when it was already gone. */
export function deleteCard(doc: Y.Doc, id: string): boolean {
  const cards = getCardsMap(doc);
  if (!cards.has(id)) return false;
  doc.transact(() => cards.delete(id));
  return true;
}
