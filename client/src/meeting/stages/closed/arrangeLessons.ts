import { type CardGroup, LESSON_PROMPTS, type LessonCard, type LessonPrompt } from '@debrief/shared';

export interface RankedLesson {
  readonly id: string;
  readonly text: string;
  readonly votes: number;
}

/** A group of lessons (its votes are its cards' votes together), or a lesson on its own. */
export type LessonItem =
  | {
      readonly kind: 'group';
      readonly id: string;
      readonly title: string;
      readonly votes: number;
      readonly lessons: readonly RankedLesson[];
    }
  | { readonly kind: 'lesson'; readonly lesson: RankedLesson };

export interface PromptLessons {
  readonly prompt: LessonPrompt;
  readonly items: readonly LessonItem[];
}

/**
 * The lessons for the record: under each prompt, groups and single cards with the most votes first (ties keep the
 * board's order, groups before single cards), and within a group its cards by votes. Empty cards and groups go.
 */
export function arrangeLessons(
  cards: Readonly<Record<LessonPrompt, readonly LessonCard[]>>,
  groups: Readonly<Record<LessonPrompt, readonly CardGroup[]>>,
  votes: Readonly<Record<string, number>>,
): PromptLessons[] {
  return LESSON_PROMPTS.map((prompt) => {
    const ranked = (card: LessonCard): RankedLesson => ({
      id: card.id,
      text: card.text.trim(),
      votes: votes[card.id] ?? 0,
    });
    const written = cards[prompt].filter((card) => card.text.trim() !== '');
    const groupItems: LessonItem[] = [];
    for (const group of groups[prompt]) {
      const lessons = byVotes(written.filter((card) => card.groupId === group.id).map(ranked));
      if (lessons.length === 0) continue;
      const total = lessons.reduce((sum, lesson) => sum + lesson.votes, 0);
      groupItems.push({ kind: 'group', id: group.id, title: group.title.trim(), votes: total, lessons });
    }
    const single: LessonItem[] = written
      .filter((card) => card.groupId === null)
      .map((card) => ({ kind: 'lesson', lesson: ranked(card) }));
    return { prompt, items: byVotes([...groupItems, ...single]) };
  });
}

function votesOf(item: LessonItem | RankedLesson): number {
  return 'kind' in item ? (item.kind === 'group' ? item.votes : item.lesson.votes) : item.votes;
}

/** A stable sort, most votes first. */
function byVotes<T extends LessonItem | RankedLesson>(items: T[]): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => votesOf(b.item) - votesOf(a.item) || a.index - b.index)
    .map(({ item }) => item);
}
