import type { CardGroup, LessonCard } from '@debrief/shared';

export type CardSort = 'added' | 'votes';

export type ColumnEntry =
  | { readonly kind: 'group'; readonly group: CardGroup; readonly cards: readonly LessonCard[]; readonly votes: number }
  | { readonly kind: 'card'; readonly card: LessonCard; readonly votes: number };

/**
 * What one prompt's column shows, top to bottom. As added: groups first, then the loose cards, each in
 * their shared order. By votes: groups (counting all their cards' votes) and loose cards together, most votes
 * first, and the cards inside each group too; ties keep the order as added, so the column does not shuffle.
 */
export function arrangeColumn(
  cards: readonly LessonCard[],
  groups: readonly CardGroup[],
  totals: Readonly<Record<string, number>>,
  sort: CardSort,
): ColumnEntry[] {
  const votesOf = (card: LessonCard) => totals[card.id] ?? 0;
  const byVotes = <T>(items: readonly T[], votes: (item: T) => number): T[] =>
    items
      .map((item, index) => ({ item, index, votes: votes(item) }))
      .sort((a, b) => b.votes - a.votes || a.index - b.index)
      .map(({ item }) => item);

  const groupIds = new Set(groups.map((group) => group.id));
  const entries: ColumnEntry[] = [];
  for (const group of groups) {
    const members = cards.filter((card) => card.groupId === group.id);
    entries.push({
      kind: 'group',
      group,
      cards: sort === 'votes' ? byVotes(members, votesOf) : members,
      votes: members.reduce((sum, card) => sum + votesOf(card), 0),
    });
  }
  for (const card of cards) {
    if (card.groupId === null || !groupIds.has(card.groupId))
      entries.push({ kind: 'card', card, votes: votesOf(card) });
  }
  return sort === 'votes' ? byVotes(entries, (entry) => entry.votes) : entries;
}
