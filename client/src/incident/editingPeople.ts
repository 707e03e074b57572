import type { Person } from '../presence/collectPresence.ts';

/** Someone else who is editing an item right now. */
export interface Editor {
  readonly id: string;
  readonly name: string;
  readonly color: string;
}

const none: readonly Editor[] = [];

/** Everyone but this person whose focus id starts with `prefix`, by the rest of their focus id ('timeline-event:' → event id). */
export function groupEditorsByFocus(people: readonly Person[], prefix: string): ReadonlyMap<string, readonly Editor[]> {
  const groups = new Map<string, Editor[]>();
  for (const person of people) {
    const focusId = person.focusId;
    if (person.isSelf || !focusId?.startsWith(prefix)) continue;
    const key = focusId.slice(prefix.length);
    const editor = { id: person.user.id, name: person.user.name, color: person.user.color };
    const group = groups.get(key);
    if (group) group.push(editor);
    else groups.set(key, [editor]);
  }
  return groups;
}

/** The others editing the item with exactly this focus id. */
export function findEditors(people: readonly Person[], focusId: string): readonly Editor[] {
  const editors = groupEditorsByFocus(people, focusId).get('');
  return editors ?? none;
}

/** Whether two lists show the same people, so a row need not render again. */
export function sameEditors(a: readonly Editor[], b: readonly Editor[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((editor, index) => {
    const other = b[index];
    return other !== undefined && editor.id === other.id && editor.name === other.name && editor.color === other.color;
  });
}

/** 'Amir Haddad is editing', 'Amir Haddad and Jo Lindqvist are editing', 'Amir, Jo and 2 others are editing'. */
export function describeEditors(editors: readonly Editor[]): string {
  const names = editors.map((editor) => editor.name);
  if (names.length === 0) return '';
  if (names.length === 1) return `${names[0]} is editing`;
  if (names.length === 2) return `${names[0]} and ${names[1]} are editing`;
  const others = names.length - 2;
  return `${names[0]}, ${names[1]} and ${others === 1 ? '1 other' : `${others} others`} are editing`;
}
