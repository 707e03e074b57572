import { addCard, editCard, groupCards } from '@debrief/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readLessonsBoardContent, reuseUnchangedBoard } from './useLessonsBoardContent.ts';

function boardWithCards(): Y.Doc {
  const doc = new Y.Doc();
  for (const [index, id] of ['a', 'b', 'c'].entries()) {
    addCard(doc, { id, prompt: 'slowed', text: `card ${id}`, author: { id: 'p-ana', name: 'Ana' }, now: index });
  }
  addCard(doc, { id: 'd', prompt: 'helped', text: 'card d', author: null, now: 3 });
  return doc;
}

describe('reuseUnchangedBoard', () => {
  it('keeps the earlier read itself when nothing changed', () => {
    const doc = boardWithCards();
    const first = readLessonsBoardContent(doc);
    expect(reuseUnchangedBoard(first, readLessonsBoardContent(doc))).toBe(first);
  });

  it('gives a changed card a new object and keeps every other card, list and the ids', () => {
    const doc = boardWithCards();
    const first = readLessonsBoardContent(doc);
    editCard(doc, 'b', 'card b, edited');
    const next = reuseUnchangedBoard(first, readLessonsBoardContent(doc));
    expect(next).not.toBe(first);
    expect(next.cards.slowed.map((card) => card.text)).toEqual(['card a', 'card b, edited', 'card c']);
    expect(next.cards.slowed[0]).toBe(first.cards.slowed[0]);
    expect(next.cards.slowed[1]).not.toBe(first.cards.slowed[1]);
    expect(next.cards.slowed[2]).toBe(first.cards.slowed[2]);
    expect(next.cards.helped).toBe(first.cards.helped);
    expect(next.cardIds).toBe(first.cardIds);
    expect(next.groups).toEqual(first.groups);
  });

  it('follows added cards and new groups', () => {
    const doc = boardWithCards();
    const first = readLessonsBoardContent(doc);
    addCard(doc, { id: 'e', prompt: 'helped', text: 'card e', author: null, now: 4 });
    groupCards(doc, { id: 'g', title: 'Pools', prompt: 'slowed', cardIds: ['a', 'b'] });
    const next = reuseUnchangedBoard(first, readLessonsBoardContent(doc));
    expect([...next.cardIds].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(next.cards.helped.map((card) => card.id)).toEqual(['d', 'e']);
    expect(next.groups.slowed.map((group) => group.id)).toEqual(['g']);
    expect(next.cards.slowed.map((card) => card.groupId)).toEqual(['g', 'g', null]);
  });
});
