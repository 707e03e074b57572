import { LESSON_PROMPTS, type LessonCard, type LessonPrompt, lessonPromptLabels } from '@debrief/shared';
import { useId } from 'react';
import { promptShortLabels } from '../../../lessons/promptShortLabels.ts';
import { shortText } from '../../../lessons/shortText.ts';
import { Icon } from '../../../ui/Icon.tsx';

interface Props {
  readonly linkedIds: readonly string[];
  readonly cards: Readonly<Record<LessonPrompt, readonly LessonCard[]>>;
  readonly totals: Readonly<Record<string, number>>;
  readonly readOnly: boolean;
  onLink(cardId: string): void;
  onUnlink(cardId: string): void;
}

/** The lesson cards an action answers, shown with their text; more are picked from the lessons, most voted first. */
export function LessonLinks({ linkedIds, cards, totals, readOnly, onLink, onUnlink }: Props) {
  const selectId = useId();
  const linked = new Set(linkedIds);
  const all = LESSON_PROMPTS.flatMap((prompt) => cards[prompt]);
  const linkedCards = all.filter((card) => linked.has(card.id));
  const votes = (card: LessonCard) => totals[card.id] ?? 0;
  const unlinkedByPrompt = LESSON_PROMPTS.map((prompt) => ({
    prompt,
    cards: cards[prompt].filter((card) => !linked.has(card.id)).sort((a, b) => votes(b) - votes(a)),
  })).filter((entry) => entry.cards.length > 0);

  return (
    <div className="action-lessons">
      <span className="action-field__label" id={`${selectId}-label`}>
        Lessons it answers
      </span>
      {linkedCards.length === 0 ? (
        <p className="action-lessons__none">
          {readOnly ? 'No lesson linked.' : 'Link the lesson cards this action answers, so the why stays with it.'}
        </p>
      ) : (
        <ul className="action-lessons__list" aria-labelledby={`${selectId}-label`}>
          {linkedCards.map((card) => (
            <li key={card.id} className="action-lesson" data-prompt={card.prompt}>
              <span className="action-lesson__prompt">{promptShortLabels[card.prompt]}</span>
              <span className="action-lesson__text">{card.text}</span>
              {votes(card) > 0 && (
                <span className="action-lesson__votes" title={`${votes(card)} votes`}>
                  <Icon name="up" />
                  {votes(card)}
                  <span className="visually-hidden"> votes</span>
                </span>
              )}
              {!readOnly && (
                <button
                  type="button"
                  className="lessons-icon-button"
                  aria-label={`Unlink lesson: ${shortText(card.text)}`}
                  title="Unlink this lesson"
                  onClick={() => onUnlink(card.id)}
                >
                  <Icon name="close" />
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && unlinkedByPrompt.length > 0 && (
        <div className="action-lessons__picker">
          <label className="visually-hidden" htmlFor={selectId}>
            Link a lesson
          </label>
          <span className="action-lessons__picker-icon">
            <Icon name="link" />
          </span>
          <select
            id={selectId}
            className="input input--compact"
            value=""
            onChange={(event) => event.target.value && onLink(event.target.value)}
          >
            <option value="">Link a lesson card…</option>
            {unlinkedByPrompt.map(({ prompt, cards: options }) => (
              <optgroup key={prompt} label={lessonPromptLabels[prompt]}>
                {options.map((card) => (
                  <option key={card.id} value={card.id}>
                    {shortText(card.text, 80)}
                    {votes(card) > 0 ? ` (${votes(card)} ${votes(card) === 1 ? 'vote' : 'votes'})` : ''}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
      )}
      {!readOnly && all.length === 0 && (
        <p className="action-lessons__none">No lesson cards were written in the lessons stage yet.</p>
      )}
    </div>
  );
}
