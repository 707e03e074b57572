import {
  type CardGroup,
  ContentRoot,
  getContentMap,
  LESSON_PROMPTS,
  type LessonCard,
  type LessonPrompt,
  readCardGroups,
  readCards,
} from '@debrief/shared';
import { startTransition, useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { onNextFrame } from '../../../incident/onNextFrame.ts';

export interface LessonsBoardContent {
  readonly cards: Readonly<Record<LessonPrompt, readonly LessonCard[]>>;
  readonly groups: Readonly<Record<LessonPrompt, readonly CardGroup[]>>;
  readonly cardIds: readonly string[];
}

export function readLessonsBoardContent(doc: Y.Doc): LessonsBoardContent {
  const cards = readCards(doc);
  return { cards, groups: readCardGroups(doc), cardIds: Object.values(cards).flatMap((list) => list.map((c) => c.id)) };
}

/**
 * The cards and groups, read again at most once per frame after a change to either, and rendered as a transition:
 * typing in a card or others' edits never hold back a key press. Cards and groups that did not change keep their
 * objects, so only the cards that changed render again.
 */
export function useLessonsBoardContent(doc: Y.Doc): LessonsBoardContent {
  const [content, setContent] = useState(() => readLessonsBoardContent(doc));

  useEffect(() => {
    const maps = [getContentMap(doc, ContentRoot.cards), getContentMap(doc, ContentRoot.cardGroups)];
    let cancel: (() => void) | null = null;
    const refresh = () => {
      cancel = null;
      const next = readLessonsBoardContent(doc);
      startTransition(() => setContent((previous) => reuseUnchangedBoard(previous, next)));
    };
    refresh();
    const onChange = () => {
      cancel ??= onNextFrame(refresh);
    };
    for (const map of maps) map.observeDeep(onChange);
    return () => {
      for (const map of maps) map.unobserveDeep(onChange);
      cancel?.();
    };
  }, [doc]);

  return content;
}

/** `next` with every card, group, list and id list that did not change replaced by its earlier read. */
export function reuseUnchangedBoard(previous: LessonsBoardContent, next: LessonsBoardContent): LessonsBoardContent {
  const cards = byPrompt((prompt) => reuseList(previous.cards[prompt], next.cards[prompt], sameCard));
  const groups = byPrompt((prompt) => reuseList(previous.groups[prompt], next.groups[prompt], sameGroup));
  const cardIds = reuseList(previous.cardIds, next.cardIds, (a, b) => a === b);
  const unchanged =
    cardIds === previous.cardIds &&
    LESSON_PROMPTS.every(
      (prompt) => cards[prompt] === previous.cards[prompt] && groups[prompt] === previous.groups[prompt],
    );
  return unchanged ? previous : { cards, groups, cardIds };
}

function byPrompt<T>(read: (prompt: LessonPrompt) => T): Record<LessonPrompt, T> {
  return Object.fromEntries(LESSON_PROMPTS.map((prompt) => [prompt, read(prompt)])) as Record<LessonPrompt, T>;
}

function reuseList<T extends { readonly id: string } | string>(
  previous: readonly T[],
  next: readonly T[],
  same: (a: T, b: T) => boolean,
): readonly T[] {
  const idOf = (item: T) => (typeof item === 'string' ? item : item.id);
  const earlier = new Map(previous.map((item) => [idOf(item), item]));
  let changed = previous.length !== next.length;
  const merged = next.map((item, index) => {
    const before = earlier.get(idOf(item));
    const kept = before !== undefined && same(before, item) ? before : item;
    if (kept !== previous[index]) changed = true;
    return kept;
  });
  return changed ? merged : previous;
}

function sameCard(a: LessonCard, b: LessonCard): boolean {
  return (
    a.id === b.id &&
    a.prompt === b.prompt &&
    a.text === b.text &&
    a.authorId === b.authorId &&
    a.authorName === b.authorName &&
    a.anonymous === b.anonymous &&
    a.groupId === b.groupId &&
    a.order === b.order &&
    a.createdAt === b.createdAt
  );
}

function sameGroup(a: CardGroup, b: CardGroup): boolean {
  return a.id === b.id && a.title === b.title && a.prompt === b.prompt && a.order === b.order;
}
