import type { CardGroup, LessonCard, LessonPrompt } from '@debrief/shared';
import { describe, expect, it } from 'vitest';
import { arrangeLessons } from './arrangeLessons.ts';

const card = (
  id: string,
  prompt: LessonPrompt,
  order: number,
  groupId: string | null = null,
  text = id,
): LessonCard => ({
  id,
  prompt,
  text,
  authorId: null,
  authorName: null,
  anonymous: false,
  groupId,
  order,
  createdAt: 0,
});
const none = { helped: [], slowed: [], differently: [], learned: [] };

describe('arrangeLessons', () => {
  it('puts the most-voted lessons first, keeping the board order for ties', () => {
    const cards = { ...none, slowed: [card('a', 'slowed', 1), card('b', 'slowed', 2), card('c', 'slowed', 3)] };
    const [, slowed] = arrangeLessons(cards, none, { b: 3, c: 3 });
    expect(slowed?.prompt).toBe('slowed');
    expect(slowed?.items.map((item) => (item.kind === 'lesson' ? item.lesson.id : item.id))).toEqual(['b', 'c', 'a']);
  });

  it('ranks a group by its cards’ votes together, and its cards by their own', () => {
    const groups: Record<LessonPrompt, CardGroup[]> = {
      ...none,
      helped: [{ id: 'g', title: ' Runbooks ', prompt: 'helped', order: 1 }],
    };
    const cards = {
      ...none,
      helped: [card('x', 'helped', 1, 'g'), card('y', 'helped', 2, 'g'), card('z', 'helped', 3)],
    };
    const [helped] = arrangeLessons(cards, groups, { x: 1, y: 2, z: 2 });
    expect(helped?.items).toEqual([
      {
        kind: 'group',
        id: 'g',
        title: 'Runbooks',
        votes: 3,
        lessons: [
          { id: 'y', text: 'y', votes: 2 },
          { id: 'x', text: 'x', votes: 1 },
        ],
      },
      { kind: 'lesson', lesson: { id: 'z', text: 'z', votes: 2 } },
    ]);
  });

  it('leaves out empty cards and groups with nothing in them', () => {
    const groups: Record<LessonPrompt, CardGroup[]> = {
      ...none,
      learned: [{ id: 'empty', title: 'Nothing', prompt: 'learned', order: 1 }],
    };
    const cards = { ...none, learned: [card('blank', 'learned', 1, null, '   ')] };
    expect(arrangeLessons(cards, groups, {})[3]?.items).toEqual([]);
  });
});
