import type { CardGroup, LessonCard, LessonPrompt } from '@debrief/shared';
import { lessonPromptLabels } from '@debrief/shared';
import { useState } from 'react';
import { Icon } from '../../../ui/Icon.tsx';
import { arrangeColumn } from './arrangeColumn.ts';
import { CardComposer } from './CardComposer.tsx';
import { CardGroupBox } from './CardGroupBox.tsx';
import { emptyColumnTexts } from './composerCopy.ts';
import { GroupForm } from './GroupForm.tsx';
import { LessonCardItem } from './LessonCardItem.tsx';
import { useLessonsBoard } from './LessonsBoardContext.ts';

/** Columns longer than this let the browser skip the cards off screen. */
const LONG_COLUMN = 40;

interface Props {
  readonly prompt: LessonPrompt;
  readonly cards: readonly LessonCard[];
  readonly groups: readonly CardGroup[];
}

/** One prompt: its composer, its groups and cards, and the tools to group related cards. */
export function PromptColumn({ prompt, cards, groups }: Props) {
  const board = useLessonsBoard();
  const [grouping, setGrouping] = useState(false);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const entries = arrangeColumn(cards, groups, board.totals, board.sort);
  const headingId = `lesson-column-${prompt}`;
  const selectedIds = cards.filter((card) => selected.has(card.id)).map((card) => card.id);

  const stopGrouping = () => {
    setGrouping(false);
    setSelected(new Set());
  };
  const selection =
    grouping && !board.readOnly
      ? (cardId: string) => ({
          selected: selected.has(cardId),
          onChange: (isSelected: boolean) =>
            setSelected((previous) => {
              const next = new Set(previous);
              if (isSelected) next.add(cardId);
              else next.delete(cardId);
              return next;
            }),
        })
      : null;

  return (
    <section className="lesson-column" data-prompt={prompt} aria-labelledby={headingId}>
      <header className="lesson-column__header">
        <h3 id={headingId} className="lesson-column__title">
          {lessonPromptLabels[prompt]}
        </h3>
        <span className="lessons-count" title={`${cards.length} ${cards.length === 1 ? 'card' : 'cards'}`}>
          {cards.length}
          <span className="visually-hidden"> {cards.length === 1 ? 'card' : 'cards'}</span>
        </span>
      </header>

      <div className="lesson-column__body">
        {!board.readOnly && <CardComposer prompt={prompt} />}

        {!board.readOnly && cards.length > 1 && !grouping && (
          <button
            type="button"
            className="lesson-column__group-button button button--small button--ghost"
            aria-label={`Group cards: ${lessonPromptLabels[prompt]}`}
            onClick={() => setGrouping(true)}
          >
            <Icon name="layers" />
            Group related cards
          </button>
        )}
        {grouping && !board.readOnly && (
          <GroupForm prompt={prompt} groups={groups} selectedIds={selectedIds} onDone={stopGrouping} />
        )}

        {entries.length === 0 ? (
          <p className="lesson-column__empty">
            {board.readOnly ? 'No cards under this prompt.' : emptyColumnTexts[prompt]}
          </p>
        ) : (
          <ul
            className={
              entries.length > LONG_COLUMN ? 'lesson-column__cards lesson-column__cards--long' : 'lesson-column__cards'
            }
          >
            {entries.map((entry) =>
              entry.kind === 'group' ? (
                <li key={entry.group.id}>
                  <CardGroupBox group={entry.group} cards={entry.cards} votes={entry.votes} selection={selection} />
                </li>
              ) : (
                <li key={entry.card.id}>
                  <LessonCardItem card={entry.card} selection={selection?.(entry.card.id)} />
                </li>
              ),
            )}
          </ul>
        )}
      </div>
    </section>
  );
}
