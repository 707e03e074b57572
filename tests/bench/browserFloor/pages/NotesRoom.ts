import { createElement as h } from 'react';

interface NotesRoomProps {
  readonly notes: string;
  readonly onNotesChange?: (next: string) => void;
}

/** The least a meeting room can be: its heading and an editable "Meeting notes" field. */
export function NotesRoom({ notes, onNotesChange }: NotesRoomProps) {
  return h(
    'main',
    null,
    h('h1', null, 'Checkout outage after database failover'),
    h('label', { htmlFor: 'notes' }, 'Meeting notes'),
    onNotesChange
      ? h('textarea', {
          id: 'notes',
          value: notes,
          onChange: (event: { target: { value: string } }) => onNotesChange(event.target.value),
        })
      : h('textarea', { id: 'notes', defaultValue: notes }),
  );
}
