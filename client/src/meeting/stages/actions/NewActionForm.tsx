import { addAction } from '@debrief/shared';
import { type FormEvent, useId, useState } from 'react';
import type * as Y from 'yjs';
import { createId } from '../../../identity/createId.ts';
import { Icon } from '../../../ui/Icon.tsx';

const MAX_TITLE_LENGTH = 500;

/** Adds an action with its title; owner, due date and the rest are filled in on the action itself. */
export function NewActionForm({ doc, onAdded }: { doc: Y.Doc; onAdded: (actionId: string) => void }) {
  const [title, setTitle] = useState('');
  const inputId = useId();

  const add = (event: FormEvent) => {
    event.preventDefault();
    const text = title.trim();
    if (text === '') return;
    const id = createId();
    addAction(doc, { id, title: [...text].slice(0, MAX_TITLE_LENGTH).join(''), now: Date.now() });
    setTitle('');
    onAdded(id);
  };

  return (
    <form className="new-action" onSubmit={add}>
      <label className="visually-hidden" htmlFor={inputId}>
        New action
      </label>
      <input
        id={inputId}
        className="input"
        value={title}
        maxLength={MAX_TITLE_LENGTH}
        placeholder="What would make a similar incident less likely? e.g. Test failovers with the app under load"
        onChange={(event) => setTitle(event.target.value)}
      />
      <button type="submit" className="button button--primary" disabled={title.trim() === ''}>
        <Icon name="plus" />
        Add action
      </button>
    </form>
  );
}
