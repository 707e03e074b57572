import { describe, expect, it } from 'vitest';
import type { Person } from '../presence/collectPresence.ts';
import { describeEditors, findEditors, groupEditorsByFocus, sameEditors } from './editingPeople.ts';

function person(id: string, focusId: string | null, isSelf = false): Person {
  return {
    user: { id, name: `Name ${id}`, color: '#2458c6', role: 'participant' },
    stage: 'timeline',
    focus: focusId ? 'an event' : null,
    focusId,
    isSelf,
  };
}

describe('groupEditorsByFocus', () => {
  it('groups the others by the item they edit, leaving this person out', () => {
    const people = [
      person('a', 'timeline-event:e1'),
      person('b', 'timeline-event:e1'),
      person('c', 'timeline-event:e2'),
      person('d', 'incident-fact:impact'),
      person('me', 'timeline-event:e1', true),
      person('e', null),
    ];
    const groups = groupEditorsByFocus(people, 'timeline-event:');
    expect(groups.get('e1')?.map((editor) => editor.id)).toEqual(['a', 'b']);
    expect(groups.get('e2')?.map((editor) => editor.id)).toEqual(['c']);
    expect(groups.size).toBe(2);
    expect(findEditors(people, 'incident-fact:impact').map((editor) => editor.id)).toEqual(['d']);
    expect(findEditors(people, 'incident-fact:cost')).toEqual([]);
  });
});

describe('sameEditors', () => {
  it('compares who and how they are shown', () => {
    const one = [{ id: 'a', name: 'A', color: '#000000' }];
    expect(sameEditors(one, [{ id: 'a', name: 'A', color: '#000000' }])).toBe(true);
    expect(sameEditors(one, [{ id: 'a', name: 'A', color: '#ffffff' }])).toBe(false);
    expect(sameEditors(one, [])).toBe(false);
  });
});

describe('describeEditors', () => {
  it('names up to two people and counts the rest', () => {
    const editor = (name: string) => ({ id: name, name, color: '#000000' });
    expect(describeEditors([editor('Amir')])).toBe('Amir is editing');
    expect(describeEditors([editor('Amir'), editor('Jo')])).toBe('Amir and Jo are editing');
    expect(describeEditors([editor('Amir'), editor('Jo'), editor('Sam'), editor('Kim')])).toBe(
      'Amir, Jo and 2 others are editing',
    );
  });
});
