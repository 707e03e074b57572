import { type CheckIn, readCheckIns } from '@debrief/shared';
import { useMemo, useState } from 'react';
import type * as Y from 'yjs';
import { participantColor } from '../../../identity/participantColor.ts';
import { describeRoundProgress } from '../../../rounds/describeRoundProgress.ts';
import { RoundCards } from '../../../rounds/RoundCards.tsx';
import { RoundCountOnly } from '../../../rounds/RoundCountOnly.tsx';
import { rosterFromPresence } from '../../../rounds/rosterFromPresence.ts';
import { splitRoster } from '../../../rounds/splitRoster.ts';
import { useDocReader } from '../../../rounds/useDocReader.ts';
import { Icon } from '../../../ui/Icon.tsx';
import type { StageProps } from '../StageProps.ts';
import { CheckInCard } from './CheckInCard.tsx';
import { CheckInFacilitation } from './CheckInFacilitation.tsx';
import { CheckInForm } from './CheckInForm.tsx';
import { submitCheckIn } from './checkInApi.ts';
import { useMyCheckIn } from './useMyCheckIn.ts';
import '../../../rounds/rounds.css';

const NOTE_FOCUS_LABEL = 'their check-in';

/** Check-in: each person says how they arrive; the facilitator sees who is not in yet and can hold cards back. */
export function CheckInStage(props: StageProps) {
  return props.rounds ? (
    <CheckInRound {...props} rounds={props.rounds} />
  ) : (
    <RoundCountOnly controlDoc={props.controlDoc} round="check-in" />
  );
}

function CheckInRound({
  rounds,
  meetingId,
  token,
  control,
  actor,
  facilitating,
  readOnly,
  presence,
  onFocusChange,
  commands,
}: StageProps & { readonly rounds: Y.Doc }) {
  const checkIns = useDocReader(rounds, readCheckIns);
  const participantId = actor.participantId ?? '';
  const canWrite = !readOnly && participantId !== '';
  const requester = useMemo(() => ({ meetingId, token, participantId }), [meetingId, token, participantId]);
  const own = canWrite ? checkIns.find((entry) => entry.participantId === participantId) : undefined;
  const [mine, setMine] = useMyCheckIn(requester, own);
  const [editing, setEditing] = useState(false);
  const hidden = control.checkInsHidden;
  const closed = control.stage === 'closed';

  // While cards are hidden the document holds a placeholder for this person too; show them their own words.
  const myWords = mine?.checkIn ?? null;
  const heldForOthers = (own ? own.hidden : (mine?.held ?? false)) && myWords !== null;
  const myCard: CheckIn | undefined =
    heldForOthers && myWords ? { ...myWords, hidden: false } : (own ?? myWords ?? undefined);
  const cards = checkIns.map((entry) => (entry === own && myCard ? myCard : entry));
  // The server answered before the document caught up: show the card right away.
  if (!own && myCard) cards.push(myCard);

  const present = rosterFromPresence(presence);
  const { waiting } = splitRoster(present, cards, participantColor);
  const progress = describeRoundProgress(
    'check-in',
    present.map((person) => person.id),
    cards.map((entry) => entry.participantId),
  );
  const hiddenCount = checkIns.filter((entry) => entry.hidden).length;
  const showForm = editing || myCard === undefined;

  const submit = async (body: { note: string | null; mood: CheckIn['mood']; passed: boolean }) => {
    const result = await submitCheckIn(requester, { name: actor.name, ...body });
    if (!result.ok) return result.message;
    setMine(result.reply);
    setEditing(false);
    return null;
  };

  return (
    <div className="round">
      {canWrite &&
        (showForm ? (
          <CheckInForm
            key={myCard?.at ?? 'new'}
            initial={{ note: myCard?.note ?? '', mood: myCard?.mood ?? null }}
            hidden={hidden}
            onSubmit={submit}
            onCancel={myCard ? () => setEditing(false) : undefined}
            onFocusChange={(focused) => onFocusChange(focused ? NOTE_FOCUS_LABEL : null)}
          />
        ) : (
          <div className="round-done">
            <Icon name="check" />
            <p className="round-done__text">
              {myCard?.passed ? 'You passed, and that is fine.' : 'You are checked in.'}{' '}
              {heldForOthers && hidden
                ? 'Your card stays hidden from the others until the facilitator reveals it.'
                : ''}
            </p>
            <button type="button" className="button button--small" onClick={() => setEditing(true)}>
              Change my check-in
            </button>
          </div>
        ))}

      {facilitating && !readOnly && (
        <CheckInFacilitation
          waiting={waiting}
          checkedInCount={cards.length}
          hidden={hidden}
          hiddenCount={hiddenCount}
          busy={commands.pending}
          onHiddenChange={(next) => commands.send({ type: 'setCheckInsHidden', hidden: next })}
          onReveal={() => void commands.send({ type: 'revealCheckIns' })}
        />
      )}

      <RoundCards
        headingId="check-in-cards-heading"
        heading="How everyone arrives"
        progress={progress && progress.total > 0 && !closed ? progress.text : null}
        notice={
          hidden &&
          !closed && (
            <p className="round-notice">
              <Icon name="lock" />
              The cards are hidden until the facilitator reveals them. You can see who has checked in; what they wrote
              appears when the cards are revealed.
            </p>
          )
        }
        count={cards.length}
        emptyText={
          closed
            ? 'Nobody checked in during this meeting.'
            : readOnly
              ? 'Nobody has checked in yet. Cards appear here as people check in.'
              : 'Nobody has checked in yet. Say how you arrive above, or pass: either is a good start.'
        }
        label="Check-ins"
      >
        {cards.map((entry) => (
          <CheckInCard
            key={entry.participantId}
            checkIn={entry}
            isSelf={entry.participantId === participantId}
            heldForOthers={entry === myCard && heldForOthers}
          />
        ))}
      </RoundCards>
    </div>
  );
}
