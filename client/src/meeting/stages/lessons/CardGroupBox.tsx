import { type CardGroup, type LessonCard, renameCardGroup, ungroupCards } from '@debrief/shared';
import { useEffect, useRef, useState } from 'react';
import { Icon } from '../../../ui/Icon.tsx';
import { LessonCardItem } from './LessonCardItem.tsx';
import { useLessonsBoard } from './LessonsBoardContext.ts';

interface Props {
  readonly group: CardGroup;
  readonly cards: readonly LessonCard[];
  readonly votes: number;
  readonly selection: ((cardId: string) => { selected: boolean; onChange(selected: boolean): void }) | null;
}

/** Related cards under a shared title; anyone can rename the group or dissolve it (its cards stay). */
export function CardGroupBox({ group, cards, votes, selection }: Props) {
  const board = useLessonsBoard();
  const title = group.title.trim() || 'Untitled group';

  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset is for form controls; this groups cards under a title.
    <div className="lesson-group" role="group" aria-label={`Group: ${title}`}>
      <div className="lesson-group__header">
        {board.readOnly ? (
          <span className="lesson-group__title">{title}</span>
        ) : (
          <GroupTitle groupId={group.id} title={title} />
        )}
        {votes > 0 && (
          <span className="lesson-group__votes" title={`${votes} votes on the cards in this group`}>
            <Icon name="up" />
            {votes}
            <span className="visually-hidden"> votes</span>
          </span>
        )}
      </div>
      {cards.length === 0 ? (
        <p className="lesson-group__empty">No cards left in this group.</p>
      ) : (
        <ul className="lesson-group__cards">
          {cards.map((card) => (
            <li key={card.id}>
              <LessonCardItem card={card} selection={selection?.(card.id)} />
            </li>
          ))}
        </ul>
      )}
      {!board.readOnly && (
        <button
          type="button"
          className="lesson-group__ungroup button button--small button--ghost"
          aria-label={`Ungroup: ${title}`}
          onClick={() => ungroupCards(board.doc, group.id)}
        >
          Ungroup
        </button>
      )}
    </div>
  );
}

/** The group's title, wrapping like any heading; the pencil turns it into a field, saved on Enter or when left. */
function GroupTitle({ groupId, title }: { groupId: string; title: string }) {
  const board = useLessonsBoard();
  const [draft, setDraft] = useState<string | null>(null);
  const cancelled = useRef(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  const editing = draft !== null;

  useEffect(() => {
    if (editing) inputRef.current?.select();
    else if (wasEditing.current) editRef.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const finish = () => {
    const next = draft?.trim() ?? '';
    if (!cancelled.current && next !== '' && next !== title) renameCardGroup(board.doc, groupId, next);
    cancelled.current = false;
    setDraft(null);
    board.onFocusChange(null);
  };

  if (!editing) {
    return (
      <>
        <span className="lesson-group__title">{title}</span>
        <button
          ref={editRef}
          type="button"
          className="lessons-icon-button lesson-group__rename"
          aria-label={`Rename group: ${title}`}
          title="Rename the group"
          onClick={() => setDraft(title)}
        >
          <Icon name="edit" />
        </button>
      </>
    );
  }
  return (
    <input
      ref={inputRef}
      className="input input--compact lesson-group__title-input"
      aria-label="Group title"
      value={draft}
      maxLength={120}
      onChange={(event) => setDraft(event.target.value)}
      onFocus={() => board.onFocusChange('a group title', `lesson-group:${groupId}`)}
      onBlur={finish}
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.currentTarget.blur();
        if (event.key === 'Escape') {
          cancelled.current = true;
          event.currentTarget.blur();
        }
      }}
    />
  );
}
