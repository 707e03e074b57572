import * as Y from 'yjs';
import { CardField, CardGroupField, getCardGroupsMap, getCardsMap } from './cardFields.ts';
import { byLessonPrompt, isLessonPrompt, type LessonPrompt } from './lessonPrompts.ts';
import { compareByOrder, orderAfterLast } from './orderBetween.ts';
import { getRecord, readNumber, readString } from './readField.ts';

/** A named group of related cards under one prompt; cards join it through their `groupId`. */
export interface CardGroup {
  readonly id: string;
  readonly title: string;
  readonly prompt: LessonPrompt;
  readonly order: number;
}

export interface GroupCardsInput {
  readonly id: string;
  readonly title: string;
  readonly prompt: LessonPrompt;
  /** cards to put in the group; they move under the group's prompt */
  readonly cardIds: readonly string[];
  /** defaults to after the last group of the prompt */
  readonly order?: number;
}

/** Creates a group holding `cardIds`; false when a group with that id already exists. Gone cards are skipped. */
export function groupCards(doc: Y.Doc, input: GroupCardsInput): boolean {
  const groups = getCardGroupsMap(doc);
  if (groups.has(input.id)) return false;
  doc.transact(() => {
    const order = input.order ?? orderAfterLast(readCardGroups(doc)[input.prompt].map((group) => group.order));
    const group = new Y.Map<unknown>();
    groups.set(input.id, group);
    group.set(CardGroupField.title, input.title);
    group.set(CardGroupField.prompt, input.prompt);
    group.set(CardGroupField.order, order);
    for (const cardId of input.cardIds) joinGroup(doc, cardId, input.id, input.prompt);
  });
  return true;
}

/** Puts a card in a group (moving it under the group's prompt), or takes it out with null; false when either is gone. */
export function setCardGroup(doc: Y.Doc, cardId: string, groupId: string | null): boolean {
  if (groupId === null) {
    const card = getRecord(getCardsMap(doc), cardId);
    if (!card) return false;
    doc.transact(() => card.set(CardField.groupId, null));
    return true;
  }
  const prompt = getRecord(getCardGroupsMap(doc), groupId)?.get(CardGroupField.prompt);
  if (!isLessonPrompt(prompt)) return false;
  let joined = false;
  doc.transact(() => {
    joined = joinGroup(doc, cardId, groupId, prompt);
  });
  return joined;
}

export function renameCardGroup(doc: Y.Doc, groupId: string, title: string): boolean {
  const group = getRecord(getCardGroupsMap(doc), groupId);
  if (!group) return false;
  doc.transact(() => group.set(CardGroupField.title, title));
  return true;
}

export function moveCardGroup(doc: Y.Doc, groupId: string, order: number): boolean {
  const group = getRecord(getCardGroupsMap(doc), groupId);
  if (!group) return false;
  doc.transact(() => group.set(CardGroupField.order, order));
  return true;
}

/** Dissolves a group: its cards stay where they are, in no group. False when the group is gone. */
export function ungroupCards(doc: Y.Doc, groupId: string): boolean {
  const groups = getCardGroupsMap(doc);
  if (!groups.has(groupId)) return false;
  doc.transact(() => {
    for (const card of getCardsMap(doc).values()) {
      if (card instanceof Y.Map && card.get(CardField.groupId) === groupId) card.set(CardField.groupId, null);
    }
    groups.delete(groupId);
  });
  return true;
}

/** Every group, sorted, per prompt. */
export function readCardGroups(doc: Y.Doc): Record<LessonPrompt, CardGroup[]> {
  const result = byLessonPrompt<CardGroup>();
  const groups = getCardGroupsMap(doc);
  for (const id of groups.keys()) {
    const group = getRecord(groups, id);
    const prompt = group?.get(CardGroupField.prompt);
    if (!group || !isLessonPrompt(prompt)) continue;
    result[prompt].push({
      id,
      title: readString(group, CardGroupField.title),
      prompt,
      order: readNumber(group, CardGroupField.order),
    });
  }
  for (const list of Object.values(result)) list.sort(compareByOrder);
  return result;
}

function joinGroup(doc: Y.Doc, cardId: string, groupId: string, prompt: LessonPrompt): boolean {
  const card = getRecord(getCardsMap(doc), cardId);
  if (!card) return false;
  if (card.get(CardField.prompt) !== prompt) card.set(CardField.prompt, prompt);
  card.set(CardField.groupId, groupId);
  return true;
}
