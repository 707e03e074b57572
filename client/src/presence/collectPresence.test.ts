import { describe, expect, it } from 'vitest';
import { collectPresence } from './collectPresence.ts';

const person = (id: string, name: string, role: string, focus: string | null = null, stage = 'timeline') => ({
  user: { id, name, color: '#2458c6', role },
  stage,
  focus,
});

describe('collectPresence', () => {
  it('lists facilitators first, then everyone else by name, and counts observers apart', () => {
    const states = new Map<number, unknown>([
      [1, person('p-zoe', 'Zoe', 'participant')],
      [2, person('p-amir', 'Amir', 'participant')],
      [3, person('p-lead', 'Priya', 'facilitator')],
      [4, person('p-watch-1', 'Sam', 'observer')],
      [5, person('p-watch-2', 'Kim', 'observer')],
    ]);
    const presence = collectPresence(states, 2);
    expect(presence.people.map((p) => [p.user.name, p.isSelf])).toEqual([
      ['Priya', false],
      ['Amir', true],
      ['Zoe', false],
    ]);
    expect(presence.observerCount).toBe(2);
    expect(presence.watching).toBe(false);
    expect(collectPresence(states, 4).watching).toBe(true);
  });

  it('shows a person with several tabs once, with the tab that is editing', () => {
    const states = new Map<number, unknown>([
      [1, person('p-amir', 'Amir', 'participant', null, 'timeline')],
      [2, person('p-amir', 'Amir', 'participant', 'Meeting notes', 'lessons')],
      [3, person('p-amir', 'Amir', 'participant', null, 'prepare')],
    ]);
    const { people } = collectPresence(states, 99);
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ stage: 'lessons', focus: 'Meeting notes', isSelf: false });
  });

  it('marks a person as this browser when any of their tabs is this one, preferring this tab when idle', () => {
    const states = new Map<number, unknown>([
      [7, person('p-me', 'Me', 'participant', null, 'timeline')],
      [8, person('p-me', 'Me', 'participant', null, 'lessons')],
    ]);
    expect(collectPresence(states, 8).people).toEqual([expect.objectContaining({ isSelf: true, stage: 'lessons' })]);
  });

  it('gives a person their strongest role across tabs, so one facilitator tab keeps them out of the observers', () => {
    const states = new Map<number, unknown>([
      [1, person('p-lead', 'Priya', 'observer')],
      [2, person('p-lead', 'Priya', 'facilitator')],
    ]);
    const presence = collectPresence(states, 0);
    expect(presence.people.map((p) => p.user.role)).toEqual(['facilitator']);
    expect(presence.observerCount).toBe(0);
  });

  it('skips states that are empty or malformed, and trims what it shows', () => {
    const states = new Map<number, unknown>([
      [1, {}],
      [2, null],
      [3, { user: { id: 'p-x', name: 'X', role: 'admin' }, stage: 'timeline' }],
      [4, { user: { id: 'p-y', name: 'Y', role: 'participant' }, stage: 'nowhere' }],
      [5, { user: { id: 'p-z', name: ` ${'Z'.repeat(100)} `, role: 'participant', color: 'red' }, stage: 'prepare' }],
    ]);
    const { people } = collectPresence(states, 0);
    expect(people).toHaveLength(1);
    expect(people[0]?.user.name).toBe('Z'.repeat(40));
    expect(people[0]?.user.color).toBe('#535b6e');
  });

  it('counts the observers the server says are watching, who publish no presence of their own', () => {
    const states = new Map<number, unknown>([
      [1, person('p-amir', 'Amir', 'participant')],
      [0, { watchers: 3 }],
    ]);
    expect(collectPresence(states, 1)).toMatchObject({ observerCount: 3, watching: false });
    expect(collectPresence(states, 7, true)).toMatchObject({ observerCount: 3, watching: true });
    expect(collectPresence(new Map([[0, { watchers: 'many' }]]), 1).observerCount).toBe(0);
  });

  it('adds up the observers counted by each server instance', () => {
    const states = new Map<number, unknown>([
      [10, { watchers: 2 }],
      [11, { watchers: 3 }],
    ]);
    expect(collectPresence(states, 1).observerCount).toBe(5);
  });
});
