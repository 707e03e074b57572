import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  groupCards,
  moveCardGroup,
  readCardGroups,
  renameCardGroup,
  setCardGroup,
  ungroupCards,
} from './cardGroups.ts';
import { addCard, moveCard, readCard, readCards } from './lessonCards.ts';

function docWithCards(): Y.Doc {
  const doc = new Y.Doc();
  for (const [id, prompt] of [
    ['c1', 'slowed'],
    ['c2', 'slowed'],
    ['c3', 'helped'],
  ] as const) {
    addCard(doc, { id, prompt, text: id, author: null, now: 1 });
  }
  return doc;
}

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
}

describe('card groups', () => {
  it('groups cards under the group’s prompt, moving a card from another prompt there', () => {
    const doc = docWithCards();
    expect(groupCards(doc, { id: 'g1', title: 'Paging', prompt: 'slowed', cardIds: ['c1', 'c3', 'gone'] })).toBe(true);
    expect(readCardGroups(doc).slowed).toEqual([{ id: 'g1', title: 'Paging', prompt: 'slowed', order: 1 }]);
    expect(readCard(doc, 'c1')?.groupId).toBe('g1');
    expect(readCard(doc, 'c3')).toMatchObject({ prompt: 'slowed', groupId: 'g1' });
    expect(readCard(doc, 'c2')?.groupId).toBeNull();
    expect(groupCards(doc, { id: 'g1', title: 'Again', prompt: 'helped', cardIds: [] })).toBe(false);
  });

  it('adds a card to a group and takes it out again', () => {
    const doc = docWithCards();
    groupCards(doc, { id: 'g1', title: 'Paging', prompt: 'slowed', cardIds: [] });
    expect(setCardGroup(doc, 'c2', 'g1')).toBe(true);
    expect(readCard(doc, 'c2')?.groupId).toBe('g1');
    expect(setCardGroup(doc, 'c2', null)).toBe(true);
    expect(readCard(doc, 'c2')?.groupId).toBeNull();
    expect(setCardGroup(doc, 'c2', 'gone')).toBe(false);
    expect(setCardGroup(doc, 'gone', 'g1')).toBe(false);
  });

  it('renames and reorders groups', () => {
    const doc = docWithCards();
    groupCards(doc, { id: 'g1', title: 'One', prompt: 'slowed', cardIds: [] });
    groupCards(doc, { id: 'g2', title: 'Two', prompt: 'slowed', cardIds: [] });
    expect(renameCardGroup(doc, 'g1', 'Paging')).toBe(true);
    expect(moveCardGroup(doc, 'g2', 0)).toBe(true);
    expect(readCardGroups(doc).slowed.map((group) => `${group.id}:${group.title}`)).toEqual(['g2:Two', 'g1:Paging']);
    expect(renameCardGroup(doc, 'gone', 'x')).toBe(false);
    expect(moveCardGroup(doc, 'gone', 1)).toBe(false);
  });

  it('ungrouping keeps the cards, in no group', () => {
    const doc = docWithCards();
    groupCards(doc, { id: 'g1', title: 'Paging', prompt: 'slowed', cardIds: ['c1', 'c2'] });
    expect(ungroupCards(doc, 'g1')).toBe(true);
    expect(ungroupCards(doc, 'g1')).toBe(false);
    expect(readCards(doc).slowed.map((card) => [card.id, card.groupId])).toEqual([
      ['c1', null],
      ['c2', null],
    ]);
    expect(readCardGroups(doc).slowed).toEqual([]);
  });

  it('leaving a prompt leaves the group', () => {
    const doc = docWithCards();
    groupCards(doc, { id: 'g1', title: 'Paging', prompt: 'slowed', cardIds: ['c1'] });
    moveCard(doc, 'c1', { prompt: 'learned' });
    expect(readCard(doc, 'c1')).toMatchObject({ prompt: 'learned', groupId: null });
  });

  it('reads a card as ungrouped when a concurrent ungroup or move leaves it pointing elsewhere', () => {
    const a = docWithCards();
    const b = new Y.Doc();
    sync(a, b);
    groupCards(a, { id: 'g1', title: 'Paging', prompt: 'slowed', cardIds: ['c1'] });
    sync(a, b);
    ungroupCards(a, 'g1');
    setCardGroup(b, 'c2', 'g1');
    sync(a, b);
    expect(readCard(a, 'c2')?.groupId).toBeNull();
    expect(readCard(b, 'c2')?.groupId).toBeNull();

    groupCards(a, { id: 'g2', title: 'Runbooks', prompt: 'slowed', cardIds: [] });
    sync(a, b);
    setCardGroup(a, 'c2', 'g2');
    moveCard(b, 'c2', { prompt: 'helped' });
    sync(a, b);
    expect(readCard(a, 'c2')).toEqual(readCard(b, 'c2'));
    const card = readCard(a, 'c2');
    expect(card?.groupId === null || card?.prompt === 'slowed').toBe(true);
  });
});
