import type { CardGroup, LessonCard } from '@debrief/shared';
import { describe, expect, it } from 'vitest';
import { arrangeColumn, type ColumnEntry } from './arrangeColumn.ts';

function card(id: string, order: number, groupId: string | null = null): LessonCard {
  return {
    id,
    prompt: 'slowed',
    text: id,
    authorId: 'p-ana',
    authorName: 'Ana',
    anonymous: false,
    groupId,
    order,
    createdAt: 0,
  };
}

function group(id: string, order: number): CardGroup {
  return { id, title: id, prompt: 'slowed', order };
}

/** "g:alerts[a,b]" for a group, "c" for a loose card. */
function shape(entries: readonly ColumnEntry[]): string[] {
  return entries.map((entry) =>
    entry.kind === 'group' ? `g:${entry.group.id}[${entry.cards.map((c) => c.id).join(',')}]` : entry.card.id,
  );
}

const cards = [card('a', 1), card('b', 2, 'alerts'), card('c', 3), card('d', 4, 'alerts'), card('e', 5, 'docs')];
const groups = [group('alerts', 1), group('docs', 2)];

describe('arrangeColumn', () => {
  it('shows groups first and then loose cards, in the order they were added', () => {
    expect(shape(arrangeColumn(cards, groups, {}, 'added'))).toEqual(['g:alerts[b,d]', 'g:docs[e]', 'a', 'c']);
  });

  it('ranks groups by their cards’ votes together with loose cards, most votes first', () => {
    const totals = { a: 2, b: 1, c: 4, d: 2, e: 0 };
    const entries = arrangeColumn(cards, groups, totals, 'votes');
    expect(shape(entries)).toEqual(['c', 'g:alerts[d,b]', 'a', 'g:docs[e]']);
    expect(entries.map((entry) => entry.votes)).toEqual([4, 3, 2, 0]);
  });

  it('keeps ties in the order they were added, so nothing jumps around', () => {
    expect(shape(arrangeColumn(cards, groups, { a: 1, c: 1 }, 'votes'))).toEqual([
      'a',
      'c',
      'g:alerts[b,d]',
      'g:docs[e]',
    ]);
  });

  it('shows a card whose group is gone as a loose card, and keeps an emptied group so it can be removed', () => {
    const entries = arrangeColumn([card('x', 1, 'gone')], [group('empty', 1)], {}, 'added');
    expect(shape(entries)).toEqual(['g:empty[]', 'x']);
  });
});
