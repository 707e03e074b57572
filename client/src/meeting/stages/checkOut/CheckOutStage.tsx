import {
  MIN_RATINGS_TO_SHOW,
  readCheckOuts,
  readRoundProgress,
  summariseDistribution,
  type WorthRating,
} from '@debrief/shared';
import { useMemo, useState } from 'react';
import type * as Y from 'yjs';
import { participantColor } from '../../../identity/participantColor.ts';
import { describeRoundProgress } from '../../../rounds/describeRoundProgress.ts';
import { RatingSummaryPanel } from '../../../rounds/RatingSummaryPanel.tsx';
import { Roster } from '../../../rounds/Roster.tsx';
import { RoundCards } from '../../../rounds/RoundCards.tsx';
import { RoundCountOnly } from '../../../rounds/RoundCountOnly.tsx';
import { rosterFromPresence } from '../../../rounds/rosterFromPresence.ts';
import { splitRoster } from '../../../rounds/splitRoster.ts';
import { useDocReader } from '../../../rounds/useDocReader.ts';
import { Icon } from '../../../ui/Icon.tsx';
import type { StageProps } from '../StageProps.ts';
import { CheckOutCard } from './CheckOutCard.tsx';
import { CheckOutForm } from './CheckOutForm.tsx';
import { submitCheckOut } from './checkOutApi.ts';
import { useMyCheckOut } from './useMyCheckOut.ts';
import '../../../rounds/rounds.css';

const NOTE_FOCUS_LABEL = 'their check-out';

/** Check-out: each person says how they leave and whether it was worth their time; the facilitator sees the ratings added up. */
export function CheckOutStage(props: StageProps) {
  return props.rounds ? (
    <CheckOutRound {...props} rounds={props.rounds} />
  ) : (
    <RoundCountOnly controlDoc={props.controlDoc} round="check-out" />
  );
}

function CheckOutRound(props: StageProps & { readonly rounds: Y.Doc }) {
  const { rounds, controlDoc, meetingId, token, control, actor, facilitating, readOnly, presence, onFocusChange } =
    props;
  const closed = control.stage === 'closed';
  const checkOuts = useDocReader(rounds, readCheckOuts);
  const [editing, setEditing] = useState(false);
  const participantId = actor.participantId ?? '';
  const canWrite = !readOnly && participantId !== '';
  const own = canWrite ? checkOuts.find((entry) => entry.participantId === participantId) : undefined;
  const requester = useMemo(() => ({ meetingId, token, participantId }), [meetingId, token, participantId]);
  const [mine, setMine] = useMyCheckOut(requester, own?.rated ? own.at : null);
  const { worth, rated } = useDocReader(controlDoc, readRoundProgress);
  const summary = useMemo(() => (worth ? summariseDistribution(worth) : null), [worth]);

  const present = rosterFromPresence(presence);
  const { done, waiting } = splitRoster(present, checkOuts, participantColor);
  const progress = describeRoundProgress(
    'check-out',
    present.map((person) => person.id),
    checkOuts.map((entry) => entry.participantId),
  );
  const showForm = editing || own === undefined;

  const checkOut = async (entry: { note: string; worth: WorthRating | null }) => {
    const result = await submitCheckOut(requester, { name: actor.name, ...entry });
    if (!result.ok) return result.message;
    setMine(result.mine);
    setEditing(false);
    return null;
  };

  return (
    <div className="round">
      {canWrite &&
        (showForm ? (
          <CheckOutForm
            key={`${own?.at ?? 'new'}-${mine?.worth ?? ''}`}
            initial={{ note: own?.note ?? '', worth: mine?.worth ?? null }}
            onSubmit={checkOut}
            onCancel={own ? () => setEditing(false) : undefined}
            onFocusChange={(focused) => onFocusChange(focused ? NOTE_FOCUS_LABEL : null)}
          />
        ) : (
          <div className="round-done">
            <Icon name="check" />
            <p className="round-done__text">You are checked out. Thank you for taking part.</p>
            <button type="button" className="button button--small" onClick={() => setEditing(true)}>
              Change my check-out
            </button>
          </div>
        ))}

      {facilitating && !readOnly && (
        <section className="round-facilitation" aria-labelledby="check-out-facilitation-heading">
          <h3 id="check-out-facilitation-heading" className="round-facilitation__title">
            For you as facilitator
          </h3>
          {summary ? (
            <RatingSummaryPanel
              summary={summary}
              headingId="check-out-ratings-heading"
              heading="Was this worth people’s time?"
              emptyText="No ratings yet."
            />
          ) : (
            <RatingsLater rated={rated} />
          )}
          <div className="round-facilitation__grid round-facilitation__rosters">
            <Roster label="Checked out" people={done} emptyText="Nobody yet." tone="done" />
            <Roster
              label="Not checked out yet"
              people={waiting}
              emptyText={done.length > 0 ? 'Everyone in the room has checked out.' : 'Nobody else is here yet.'}
              tone="waiting"
            />
          </div>
        </section>
      )}

      <RoundCards
        headingId="check-out-cards-heading"
        heading="How everyone leaves"
        progress={progress && progress.total > 0 && !closed ? progress.text : null}
        count={checkOuts.length}
        emptyText={
          closed
            ? 'Nobody checked out during this meeting.'
            : readOnly
              ? 'Nobody has checked out yet. Notes appear here as people check out.'
              : 'Nobody has checked out yet. Say how you leave above: a line is plenty.'
        }
        label="Check-outs"
      >
        {checkOuts.map((entry) => (
          <CheckOutCard key={entry.participantId} checkOut={entry} isSelf={entry.participantId === participantId} />
        ))}
      </RoundCards>
    </div>
  );
}

/** Until the meeting closes, nobody sees the ratings: a count that moved would show what the last person gave. */
function RatingsLater({ rated }: { rated: number }) {
  return (
    <section className="rating-summary" aria-labelledby="check-out-ratings-heading">
      <h3 id="check-out-ratings-heading" className="round__heading">
        Was this worth people’s time?
      </h3>
      <p className="empty-state">
        {rated === 0 ? 'Nobody has rated yet.' : `${rated} ${rated === 1 ? 'person has' : 'people have'} rated.`} The
        ratings are added up in the record once the meeting closes, if at least {MIN_RATINGS_TO_SHOW} people rated, so
        nobody can tell who gave which.
      </p>
    </section>
  );
}
