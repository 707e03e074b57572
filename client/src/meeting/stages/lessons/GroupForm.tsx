import { type CardGroup, groupCards, type LessonPrompt, setCardGroup } from '@debrief/shared';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { createId } from '../../../identity/createId.ts';
import { useLessonsBoard } from './LessonsBoardContext.ts';

interface Props {
  readonly prompt: LessonPrompt;
  readonly groups: readonly CardGroup[];
  readonly selectedIds: readonly string[];
  onDone(): void;
}

const NEW_GROUP = '';

/** Puts the selected cards of a column into a new group with a title, or into one of its groups. */
export function GroupForm({ prompt, groups, selectedIds, onDone }: Props) {
  const board = useLessonsBoard();
  const [title, setTitle] = useState('');
  const [target, setTarget] = useState(NEW_GROUP);
  const titleRef = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const targetId = useId();
  const count = selectedIds.length;

  useEffect(() => titleRef.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (count === 0) return;
    if (target === NEW_GROUP) {
      groupCards(board.doc, {
        id: createId(),
        title: title.trim() || 'Untitled group',
        prompt,
        cardIds: selectedIds,
      });
    } else {
      for (const cardId of selectedIds) setCardGroup(board.doc, cardId, target);
    }
    onDone();
  };

  return (
    <form className="group-form" onSubmit={submit} onKeyDown={(event) => event.key === 'Escape' && onDone()}>
      <p className="group-form__hint" aria-live="polite">
        {count === 0 ? 'Tick the cards that belong together.' : `${count} ${count === 1 ? 'card' : 'cards'} selected.`}
      </p>
      {groups.length > 0 && (
        <div className="group-form__field">
          <label className="group-form__label" htmlFor={targetId}>
            Put them in
          </label>
          <select
            id={targetId}
            className="input input--compact"
            value={target}
            onChange={(event) => setTarget(event.target.value)}
          >
            <option value={NEW_GROUP}>A new group</option>
            {groups.map((group) => (
              <option key={group.id} value={group.id}>
                {group.title.trim() || 'Untitled group'}
              </option>
            ))}
          </select>
        </div>
      )}
      {target === NEW_GROUP && (
        <div className="group-form__field">
          <label className="group-form__label" htmlFor={titleId}>
            Group title
          </label>
          <input
            ref={titleRef}
            id={titleId}
            className="input input--compact"
            value={title}
            maxLength={120}
            placeholder="e.g. Failover knowledge"
            onChange={(event) => setTitle(event.target.value)}
          />
        </div>
      )}
      <div className="group-form__actions">
        <button type="button" className="button button--small button--ghost" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="button button--small button--primary" disabled={count === 0}>
          Group selected
        </button>
      </div>
    </form>
  );
}
