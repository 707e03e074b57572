import { LESSON_PROMPTS, summariseMyVotes } from '@debrief/shared';
import { useCallback, useId, useMemo, useState } from 'react';
import { StageWithBoard } from '../../../board/StageWithBoard.tsx';
import { readMyAnonymousCards, rememberMyAnonymousCard } from '../../../lessons/myAnonymousCards.ts';
import { ParkingLotPanel } from '../../../lessons/ParkingLotPanel.tsx';
import { useFocusRelease } from '../../../lessons/useFocusRelease.ts';
import { useMyVotes } from '../../../lessons/useMyVotes.ts';
import { useVoteTotals } from '../../../lessons/useVoteTotals.ts';
import { RelatedPostMortems } from '../../../library/RelatedPostMortems.tsx';
import { Icon } from '../../../ui/Icon.tsx';
import type { StageProps } from '../StageProps.ts';
import type { CardSort } from './arrangeColumn.ts';
import { describeVotesLeft } from './describeVotesLeft.ts';
import { type LessonsBoard, LessonsBoardContext } from './LessonsBoardContext.ts';
import { LessonsSettings } from './LessonsSettings.tsx';
import { PromptColumn } from './PromptColumn.tsx';
import { SummaryEditor } from './SummaryEditor.tsx';
import { useLessonsBoardContent } from './useLessonsBoardContent.ts';
import '../../../lessons/lessons.css';
import './lessonsStage.css';

/** The lessons stage: why it went wrong, cards under four prompts, votes, groups and the parking lot. */
export function LessonsStage(props: StageProps) {
  const { doc, meetingId, token, control, actor, facilitating, readOnly, presence, onFocusChange, commands } = props;
  const { cards, groups, cardIds } = useLessonsBoardContent(doc);
  const totals = useVoteTotals(props.controlDoc, cardIds);
  // MeetingPage always knows the participant id; the type allows none for callers that do not.
  const participantId = actor.participantId ?? '';
  const author = useMemo(() => ({ participantId, name: actor.name }), [participantId, actor.name]);
  const requester = useMemo(() => ({ meetingId, token, participantId }), [meetingId, token, participantId]);
  const myVotes = useMyVotes(requester, !readOnly);
  const mine = useMemo(
    () => summariseMyVotes(control.votesPerPerson, myVotes.ballot, new Set(Object.keys(totals))),
    [control.votesPerPerson, myVotes.ballot, totals],
  );
  const [sort, setSort] = useState<CardSort>('added');
  const [myAnonymousCards, setMyAnonymousCards] = useState(() => readMyAnonymousCards(meetingId));
  const rememberAnonymousCard = useCallback(
    (cardId: string) => setMyAnonymousCards(rememberMyAnonymousCard(meetingId, cardId)),
    [meetingId],
  );
  const sortId = useId();
  const focusRelease = useFocusRelease(onFocusChange);
  const cardCount = Object.keys(totals).length;
  const canVote = !readOnly && control.votesPerPerson > 0;

  // The same board while nothing in it changes, so the cards (which read it) render again only when they change.
  const anonymousAllowed = control.anonymousCardsAllowed;
  const { pendingCardId, vote } = myVotes;
  const board: LessonsBoard = useMemo(
    () => ({
      doc,
      meetingId,
      token,
      actor: author,
      readOnly,
      facilitating,
      presence,
      onFocusChange,
      anonymousAllowed,
      totals,
      votes: { canVote, ballot: mine.cards, remaining: mine.remaining, pendingCardId, vote },
      myAnonymousCards,
      rememberAnonymousCard,
      sort,
    }),
    [
      doc,
      meetingId,
      token,
      author,
      readOnly,
      facilitating,
      presence,
      onFocusChange,
      anonymousAllowed,
      totals,
      canVote,
      mine,
      pendingCardId,
      vote,
      myAnonymousCards,
      rememberAnonymousCard,
      sort,
    ],
  );

  return (
    <LessonsBoardContext value={board}>
      <StageWithBoard stage={props} label="Lessons">
        <div className="lessons-stage" {...focusRelease}>
          <SummaryEditor doc={doc} readOnly={readOnly} presence={presence} onFocusChange={onFocusChange} />

          <div className="lessons-toolbar">
            <div className="lessons-votes" aria-live="polite">
              <span className="lessons-votes__icon">
                <Icon name="up" />
              </span>
              <span>
                <strong className="lessons-votes__left">
                  {readOnly
                    ? control.votesPerPerson === 0
                      ? 'No voting in this meeting'
                      : `Each person ${control.stage === 'closed' ? 'had' : 'has'} ${control.votesPerPerson} ${control.votesPerPerson === 1 ? 'vote' : 'votes'}`
                    : myVotes.loaded || control.votesPerPerson === 0
                      ? describeVotesLeft(control.votesPerPerson, mine.remaining)
                      : 'Counting your votes…'}
                </strong>
                {canVote && (
                  <span className="lessons-votes__dots" aria-hidden="true">
                    {Array.from({ length: Math.min(control.votesPerPerson, 20) }, (_, index) => (
                      <span
                        // biome-ignore lint/suspicious/noArrayIndexKey: the dots are identical and only counted.
                        key={index}
                        className="lessons-votes__dot"
                        data-used={index >= mine.remaining ? 'true' : undefined}
                      />
                    ))}
                  </span>
                )}
                <span className="lessons-votes__hint">
                  {canVote
                    ? 'Vote for the cards that matter most; totals are shared, who voted stays private.'
                    : 'Totals are shared; who voted stays private.'}
                </span>
              </span>
            </div>
            <div className="lessons-toolbar__end">
              <label className="lessons-sort" htmlFor={sortId}>
                Sort cards
                <select
                  id={sortId}
                  className="input input--compact"
                  value={sort}
                  onChange={(event) => setSort(event.target.value === 'votes' ? 'votes' : 'added')}
                >
                  <option value="added">As added</option>
                  <option value="votes">Most votes first</option>
                </select>
              </label>
            </div>
          </div>

          {facilitating && !readOnly && <LessonsSettings control={control} commands={commands} />}

          {myVotes.error && (
            <div className="lessons-note lessons-note--bad lessons-note--row" role="alert">
              <span>{myVotes.error}</span>
              <button type="button" className="button button--small button--ghost" onClick={myVotes.dismissError}>
                Dismiss
              </button>
            </div>
          )}

          {cardCount === 0 && !readOnly && (
            <p className="lessons-start">
              Start by writing a card under any prompt. One thought per card; short is fine. Vote once the cards are in.
            </p>
          )}

          <div className="lesson-columns">
            {LESSON_PROMPTS.map((prompt) => (
              <PromptColumn key={prompt} prompt={prompt} cards={cards[prompt]} groups={groups[prompt]} />
            ))}
          </div>

          <ParkingLotPanel
            doc={doc}
            mode="park"
            readOnly={readOnly}
            actor={author}
            facilitating={facilitating}
            onFocusChange={onFocusChange}
          />

          <RelatedPostMortems meetingId={meetingId} token={token} />
        </div>
      </StageWithBoard>
    </LessonsBoardContext>
  );
}
