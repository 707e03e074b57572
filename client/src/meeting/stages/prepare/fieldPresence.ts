import { type Editor, findEditors } from '../../../incident/editingPeople.ts';
import type { Person } from '../../../presence/collectPresence.ts';

/** What a field needs to show who else is in it and to tell the others when this person is. */
export interface FieldPresence {
  readonly editors: readonly Editor[];
  readonly onFocus: () => void;
  readonly onBlur: () => void;
}

/** Presence for one field: `label` is what the others read ('editing Impact'), `focusId` what screens match. */
export function fieldPresence(
  people: readonly Person[],
  onFocusChange: (label: string | null, focusId?: string | null) => void,
  readOnly: boolean,
  label: string,
  focusId: string,
): FieldPresence {
  return {
    editors: findEditors(people, focusId),
    onFocus: () => {
      if (!readOnly) onFocusChange(label, focusId);
    },
    onBlur: () => {
      if (!readOnly) onFocusChange(null);
    },
  };
}
