import { deleteCard, getCardText, type LessonCard, setCardGroup } from '@debrief/shared';
import { memo } from 'react';
import { CoachedTextArea } from '../../../coach/CoachedTextArea.tsx';
import { participantColor } from '../../../identity/participantColor.ts';
import { AuthorChip } from '../../../lessons/AuthorChip.tsx';
import { ConfirmDelete } from '../../../lessons/ConfirmDelete.tsx';
import { EditingBadge } from '../../../lessons/EditingBadge.tsx';
import { peopleFocusedOn } from '../../../lessons/peopleFocusedOn.ts';
import { promptShortLabels } from '../../../lessons/promptShortLabels.ts';
import { shortText } from '../../../lessons/shortText.ts';
import { Icon } from '../../../ui/Icon.tsx';
import { useLessonsBoard } from './LessonsBoardContext.ts';
import { VoteControl } from './VoteControl.tsx';

interface Props {
  readonly card: LessonCard;
  /** shows a checkbox while the column is grouping cards */
  readonly selection?: { readonly selected: boolean; onChange(selected: boolean): void };
}

/**
 * One card. Its author edits a named card in place, live. An anonymous card is never edited in place: an edit
 * would carry the editor's Yjs client id and undo the anonymity. Its author (known only to this browser) and
 * facilitators may delete it.
 */
export const LessonCardItem = memo(function LessonCardItem({ card, selection }: Props) {
  const board = useLessonsBoard();
  const own = !card.anonymous && card.authorId === board.actor.participantId;
  const yoursAnonymously = card.anonymous && board.myAnonymousCards.has(card.id);
  const text = own && !board.readOnly ? getCardText(board.doc, card.id) : null;
  const canDelete = !board.readOnly && (own || yoursAnonymously || board.facilitating);
  const label = shortText(card.text);
  const focusId = `lesson-card:${card.id}`;
  const textId = `lesson-card-${card.id}`;

  return (
    <article className="lesson-card" data-selected={selection?.selected ? 'true' : undefined} data-card-id={card.id}>
      <div className="lesson-card__body">
        {selection && (
          <input
            type="checkbox"
            className="lesson-card__select"
            aria-label={`Select: ${label}`}
            checked={selection.selected}
            onChange={(event) => selection.onChange(event.target.checked)}
          />
        )}
        {text ? (
          <>
            <label className="visually-hidden" htmlFor={textId}>
              Your card
            </label>
            <CoachedTextArea
              hintKey={focusId}
              id={textId}
              text={text}
              rows={1}
              onFocus={() => board.onFocusChange(`a “${promptShortLabels[card.prompt]}” card`, focusId)}
              onBlur={() => board.onFocusChange(null)}
            />
          </>
        ) : (
          <p className="lesson-card__text">{card.text}</p>
        )}
      </div>
      <EditingBadge people={peopleFocusedOn(board.presence, focusId)} />
      <footer className="lesson-card__footer">
        <AuthorChip
          name={card.anonymous ? null : (card.authorName ?? 'Someone')}
          color={participantColor(card.authorId ?? '')}
          yours={yoursAnonymously}
        />
        <span className="lesson-card__tools">
          {card.groupId !== null && !board.readOnly && (
            <button
              type="button"
              className="lessons-icon-button"
              aria-label={`Take out of the group: ${label}`}
              title="Take out of the group"
              onClick={() => setCardGroup(board.doc, card.id, null)}
            >
              <Icon name="close" />
            </button>
          )}
          {canDelete && (
            <ConfirmDelete
              label={`Delete card: ${label}`}
              question="Delete this card?"
              onConfirm={() => deleteCard(board.doc, card.id)}
            />
          )}
          <VoteControl cardId={card.id} label={label} />
        </span>
      </footer>
    </article>
  );
});
