import { addCard, type LessonPrompt, lessonPromptLabels, MAX_CARD_TEXT_LENGTH } from '@debrief/shared';
import { type FormEvent, type KeyboardEvent, useId, useState } from 'react';
import { LazyBlameHints } from '../../../coach/LazyBlameHints.ts';
import { useSettledValue } from '../../../coach/useIdleText.ts';
import { createId } from '../../../identity/createId.ts';
import { postAnonymousCard } from '../../../lessons/lessonsRequests.ts';
import { Icon } from '../../../ui/Icon.tsx';
import { blamelessHints, composerPlaceholders } from './composerCopy.ts';
import { useLessonsBoard } from './LessonsBoardContext.ts';

/**
 * Writes a new card under one prompt. A named card goes straight into the document. An anonymous card is sent
 * to the server, which inserts it. Presence never shows that someone is writing a new card, named or not: a
 * draft shown as "Ana · editing a card" before an anonymous card appears under that prompt would name its author,
 * and the choice to post anonymously may come after the typing.
 */
export function CardComposer({ prompt }: { prompt: LessonPrompt }) {
  const board = useLessonsBoard();
  const { onFocusChange } = board;
  const [text, setText] = useState('');
  const [wantsAnonymous, setWantsAnonymous] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const hintId = useId();
  const anonymous = wantsAnonymous && board.anonymousAllowed;
  const hint = blamelessHints[prompt];
  const [input, setInput] = useState<HTMLTextAreaElement | null>(null);
  const settledText = useSettledValue(text);

  // Whatever the cursor was on before, this person is not shown as editing it while they write a new card.
  const hideFocus = () => onFocusChange(null);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    const cardText = text.trim();
    if (cardText === '' || pending) return;
    setError(null);
    if (!anonymous) {
      addCard(board.doc, {
        id: createId(),
        prompt,
        text: cardText,
        author: { id: board.actor.participantId, name: board.actor.name },
        now: Date.now(),
      });
      setText('');
      return;
    }
    setPending(true);
    const result = await postAnonymousCard(
      { meetingId: board.meetingId, token: board.token, participantId: board.actor.participantId },
      { prompt, text: cardText },
    );
    setPending(false);
    if (result.ok) {
      board.rememberAnonymousCard(result.value.id);
      setText('');
      // Each card is named unless its author chooses otherwise again: a box left ticked would post the next
      // card, perhaps meant to be signed, without a name.
      setWantsAnonymous(false);
    } else setError(result.message);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void submit();
    }
  };

  return (
    <form className="card-composer" data-anonymous={anonymous ? 'true' : undefined} onSubmit={submit}>
      <label className="visually-hidden" htmlFor={inputId}>
        New card: {lessonPromptLabels[prompt]}
      </label>
      <div className="coached-field">
        <textarea
          ref={setInput}
          id={inputId}
          className="card-composer__input"
          rows={2}
          value={text}
          maxLength={MAX_CARD_TEXT_LENGTH}
          placeholder={composerPlaceholders[prompt]}
          aria-describedby={hintId}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          onFocus={hideFocus}
        />
        {/* Worked out here from the draft alone: a new card's hints say nothing to anyone, named or not. */}
        <LazyBlameHints
          element={input}
          text={settledText}
          fieldKey={`new-card:${prompt}`}
          meetingId={board.meetingId}
          onReplace={(from, to) => {
            if (text !== from) return false;
            setText(to);
            return true;
          }}
        />
      </div>
      <div className="card-composer__row">
        {board.anonymousAllowed ? (
          <label className="card-composer__anonymous">
            <input
              type="checkbox"
              checked={wantsAnonymous}
              onChange={(event) => setWantsAnonymous(event.target.checked)}
            />
            Post anonymously
          </label>
        ) : (
          <span className="card-composer__note">
            <Icon name="incognito" />
            The facilitator turned anonymous cards off
          </span>
        )}
        <button type="submit" className="button button--small button--primary" disabled={text.trim() === '' || pending}>
          <Icon name="plus" />
          {pending ? 'Adding…' : 'Add card'}
        </button>
      </div>
      <p id={hintId} className="card-composer__hint">
        {anonymous ? (
          'Posted without your name. Nobody sees you typing it.'
        ) : (
          <span className="visually-hidden">Enter adds the card, Shift+Enter starts a new line.</span>
        )}
        {hint && <span className="card-composer__blameless">{hint}</span>}
      </p>
      {error && (
        <p className="lessons-note lessons-note--bad" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
